namespace Downhill;

public static partial class Plots
{
    /// <summary>
    /// A trained one-feature linear regression drawn over its data: the points and the line ŷ = w·x + b,
    /// with the feature and target names on the axes.
    /// </summary>
    public static Plot RegressionFit(Dataset data, LinearRegression model, string? title = null)
    {
        ChartInput.NotNull(model, "the model");
        OneFeature(data, nameof(RegressionFit));
        if (model.FeatureCount != 1)
            throw new ArgumentException($"RegressionFit draws a model of one feature; this one takes {model.FeatureCount}.");
        return RegressionFit(data.Column(0), data.Targets, model.Weights[0], model.Bias, data.FeatureNames[0], data.TargetName,
            title ?? $"{model.Name}: {data.TargetName} against {data.FeatureNames[0]}");
    }

    /// <summary>Any one-feature model ŷ = predict(x) drawn over its data, with the feature and target names on the axes.</summary>
    public static Plot RegressionFit(Dataset data, Func<double, double> predict, string? title = null)
    {
        OneFeature(data, nameof(RegressionFit));
        return RegressionFit(data.Column(0), data.Targets, predict, data.FeatureNames[0], data.TargetName, title);
    }

    /// <summary>
    /// A trained classifier's decision regions over a two-feature classification set, points coloured by
    /// their true class. A logistic regression is shaded by its probability with the line p = 0.5 drawn;
    /// other classifiers by the class they predict.
    /// </summary>
    public static Plot DecisionBoundary(Dataset data, Classifier model, string? title = null)
    {
        const string chart = nameof(DecisionBoundary);
        ChartInput.NotNull(model, "the model");
        var (features, labels) = TwoFeatureClasses(data, chart);
        if (model.FeatureCount != 2)
            throw new ArgumentException($"{chart} draws a model of two features; this one takes {model.FeatureCount}.");
        var heading = title ?? $"{model.Name}: decision boundary";
        return model is LogisticRegression logistic
            ? DecisionBoundary(features, labels, logistic.Probability, data.ClassNames, data.FeatureNames[0], data.FeatureNames[1], heading)
            : DecisionBoundary(features, labels, model.PredictClass, data.ClassNames, data.FeatureNames[0], data.FeatureNames[1], heading);
    }

    /// <summary>Any classifier's decision regions over a two-feature classification set.</summary>
    public static Plot DecisionBoundary(Dataset data, Func<double[], int> predict, string? title = null)
    {
        var (features, labels) = TwoFeatureClasses(data, nameof(DecisionBoundary));
        return DecisionBoundary(features, labels, predict, data.ClassNames, data.FeatureNames[0], data.FeatureNames[1], title);
    }

    private static void OneFeature(Dataset? data, string chart)
    {
        ChartInput.NotNull(data, "the data");
        if (data!.FeatureCount != 1)
            throw new ArgumentException($"{chart} draws data with one feature; this set has {data.FeatureCount} ({string.Join(", ", data.FeatureNames)}).");
    }

    private static (double[][] Features, int[] Labels) TwoFeatureClasses(Dataset? data, string chart)
    {
        ChartInput.NotNull(data, "the data");
        if (data!.FeatureCount != 2)
            throw new ArgumentException($"{chart} draws data with two features; this set has {data.FeatureCount} ({string.Join(", ", data.FeatureNames)}).");
        if (!data.IsClassification)
            throw new ArgumentException($"{chart} needs a classification set (targets that are classes); {data.TargetName} is a number to predict.");
        return (data.FeatureRows(), data.Targets.Select(t => (int)t).ToArray());
    }
}
