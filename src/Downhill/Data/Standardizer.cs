namespace Downhill;

/// <summary>
/// Rescales each feature to mean 0 and standard deviation 1, using the means and spreads of the
/// training data only (so nothing about the validation data leaks into training). Optionally rescales a
/// regression target too. Fit once on the training set, then transform every set with the same numbers.
/// </summary>
public sealed class Standardizer
{
    private readonly string[] featureNames;
    private readonly double[] means;
    private readonly double[] deviations;

    private Standardizer(string[] featureNames, double[] means, double[] deviations, double targetMean, double targetDeviation)
    {
        this.featureNames = featureNames;
        this.means = means;
        this.deviations = deviations;
        TargetMean = targetMean;
        TargetStandardDeviation = targetDeviation;
    }

    /// <summary>Each feature's mean in the training data.</summary>
    public IReadOnlyList<double> Means => means;

    /// <summary>Each feature's standard deviation in the training data (population form: divided by n).</summary>
    public IReadOnlyList<double> StandardDeviations => deviations;

    /// <summary>The training target's mean (0 when the target is not rescaled).</summary>
    public double TargetMean { get; }

    /// <summary>The training target's standard deviation (1 when the target is not rescaled).</summary>
    public double TargetStandardDeviation { get; }

    /// <summary>
    /// Learns each feature's mean and standard deviation from <paramref name="train"/>. A feature with the same value in
    /// every training example cannot be rescaled (its spread is zero) and is an error: leave it out of the features.
    /// </summary>
    /// <param name="train">The training set only — never the validation set.</param>
    /// <param name="scaleTarget">Also rescale the (numeric) target; a prediction ŷ of it is ŷ·<see cref="TargetStandardDeviation"/> + <see cref="TargetMean"/> in original units.</param>
    public static Standardizer Fit(Dataset train, bool scaleTarget = false)
    {
        Guard.NotNull(train, "the training data");
        if (scaleTarget && train.IsClassification)
            throw new ArgumentException($"The target '{train.TargetName}' holds class indices, which must not be rescaled; use scaleTarget: false.");
        var count = train.FeatureCount;
        var means = new double[count];
        var deviations = new double[count];
        for (var j = 0; j < count; j++)
        {
            var (mean, deviation) = MeanAndDeviation(train.Column(j));
            if (!(deviation > 0))
                throw new ArgumentException(
                    $"Feature '{train.FeatureNames[j]}' has the same value ({mean}) in every training example, so it cannot be standardised " +
                    "(its spread is zero); leave it out of the features.");
            (means[j], deviations[j]) = (mean, deviation);
        }
        var (targetMean, targetDeviation) = scaleTarget ? MeanAndDeviation(train.TargetArray) : (0.0, 1.0);
        if (!(targetDeviation > 0))
            throw new ArgumentException($"The target '{train.TargetName}' has the same value in every training example, so it cannot be standardised.");
        return new Standardizer(train.FeatureNames.ToArray(), means, deviations, targetMean, targetDeviation);
    }

    /// <summary>A new dataset with every feature (and the target, if chosen) rescaled with the training numbers.</summary>
    public Dataset Transform(Dataset data)
    {
        Guard.NotNull(data, "the data");
        CheckFeatures(data.FeatureNames);
        var values = (double[])data.Values.Clone();
        for (var i = 0; i < values.Length; i++)
        {
            var j = i % means.Length;
            values[i] = (values[i] - means[j]) / deviations[j];
        }
        var targets = data.TargetArray.Select(TransformTarget).ToArray();
        return new Dataset(values, means.Length, targets, featureNames, data.TargetName, data.ClassNames.ToArray(),
            $"{data.Source}, standardised", data.DroppedLines.ToArray());
    }

    /// <summary>One example's features rescaled: (x − mean) / standard deviation, per feature.</summary>
    public double[] Transform(double[] features)
    {
        Guard.NotNull(features, "the features");
        if (features.Length != means.Length)
            throw new ArgumentException(
                $"This standardizer was fitted on {means.Length} feature(s) ({string.Join(", ", featureNames)}); got {features.Length} value(s).");
        return features.Select((x, j) => (x - means[j]) / deviations[j]).ToArray();
    }

    /// <summary>A target in original units rescaled (unchanged when the target is not rescaled).</summary>
    public double TransformTarget(double target) => (target - TargetMean) / TargetStandardDeviation;

    private void CheckFeatures(IReadOnlyList<string> names)
    {
        if (!names.SequenceEqual(featureNames))
            throw new ArgumentException(
                $"This standardizer was fitted on the features {string.Join(", ", featureNames)}; the data has {string.Join(", ", names)}.");
    }

    private static (double Mean, double Deviation) MeanAndDeviation(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        var sumOfSquares = 0.0;
        foreach (var v in values) sumOfSquares += (v - mean) * (v - mean);
        return (mean, Math.Sqrt(sumOfSquares / values.Count));
    }
}
