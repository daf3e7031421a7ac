using System.Text.Json.Nodes;

namespace Downhill;

public static partial class Plots
{
    private const int BoundaryGrid = 120;

    /// <summary>
    /// A classifier's decision regions: points with two features coloured by their true class, over the
    /// regions shaded by the class the model predicts at each spot.
    /// </summary>
    /// <param name="features">One row per example, two features each.</param>
    /// <param name="labels">The true class of each example: 0, 1, 2 …</param>
    /// <param name="predict">The model: two features in, a class out.</param>
    /// <param name="classNames">A name per class for the legend; "class 0", "class 1" … by default.</param>
    /// <param name="xTitle">The first feature's name.</param>
    /// <param name="yTitle">The second feature's name.</param>
    /// <param name="title">The chart title.</param>
    public static Plot DecisionBoundary(IReadOnlyList<double[]> features, IReadOnlyList<int> labels, Func<double[], int> predict,
        IReadOnlyList<string>? classNames = null, string xTitle = "feature 1", string yTitle = "feature 2", string? title = null)
    {
        const string chart = nameof(DecisionBoundary);
        Guard.NotNull(predict, "the predict function");
        var (rows, classes, names, xs, ys) = BoundaryInput(features, labels, classNames, chart);
        var z = new double[ys.Length, xs.Length];
        var point = new double[2];
        var highest = classes - 1;
        for (var r = 0; r < ys.Length; r++)
            for (var c = 0; c < xs.Length; c++)
            {
                point[0] = xs[c];
                point[1] = ys[r];
                var predicted = predict(point);
                if (predicted < 0) throw new ArgumentException($"{chart}: the model predicted class {predicted}; classes are numbered from 0.");
                highest = Math.Max(highest, predicted);
                z[r, c] = predicted;
            }
        while (names.Count <= highest) names.Add($"class {names.Count}");

        // A stepped colour scale: each class number gets its own flat colour band.
        var scale = new JsonArray();
        var count = highest + 1;
        for (var k = 0; k < count; k++)
        {
            var color = ChartColors.Of(k);
            scale.Add(new JsonArray { count == 1 ? 0.0 : (double)k / count, color });
            scale.Add(new JsonArray { count == 1 ? 1.0 : (double)(k + 1) / count, color });
        }
        var regions = new JsonObject
        {
            ["type"] = "heatmap",
            ["name"] = "predicted class",
            ["x"] = FiniteJson.Numbers(xs),
            ["y"] = FiniteJson.Numbers(ys),
            ["z"] = FiniteJson.Matrix(z),
            ["zmin"] = -0.5,
            ["zmax"] = count - 0.5,
            ["colorscale"] = scale,
            ["opacity"] = 0.3,
            ["showscale"] = false,
            ["hoverinfo"] = "skip",
        };
        return BoundaryPlot(regions, rows, labels, names, xTitle, yTitle, Style.OrDefault(title, "Decision boundary"));
    }

    /// <summary>
    /// A binary classifier's decision boundary from its probability of class 1: regions shaded from
    /// class 0 (p = 0) to class 1 (p = 1), with the line p = 0.5 drawn where the prediction flips.
    /// </summary>
    public static Plot DecisionBoundary(IReadOnlyList<double[]> features, IReadOnlyList<int> labels, Func<double[], double> probability,
        IReadOnlyList<string>? classNames = null, string xTitle = "feature 1", string yTitle = "feature 2", string? title = null)
    {
        const string chart = nameof(DecisionBoundary);
        Guard.NotNull(probability, "the probability function");
        var (rows, classes, names, xs, ys) = BoundaryInput(features, labels, classNames, chart);
        if (classes > 2) throw new ArgumentException($"{chart} with probabilities needs two classes (0 and 1); the labels go up to {classes - 1}. Pass a predict function instead.");
        while (names.Count < 2) names.Add($"class {names.Count}");
        var z = new double[ys.Length, xs.Length];
        var point = new double[2];
        for (var r = 0; r < ys.Length; r++)
            for (var c = 0; c < xs.Length; c++)
            {
                point[0] = xs[c];
                point[1] = ys[r];
                z[r, c] = probability(point);
            }
        var regions = new JsonObject
        {
            ["type"] = "contour",
            ["name"] = $"P({names[1]})",
            ["x"] = FiniteJson.Numbers(xs),
            ["y"] = FiniteJson.Numbers(ys),
            ["z"] = FiniteJson.Matrix(z),
            ["zmin"] = 0,
            ["zmax"] = 1,
            ["colorscale"] = new JsonArray { new JsonArray { 0, ChartColors.Of(0) }, new JsonArray { 0.5, "#ffffff" }, new JsonArray { 1, ChartColors.Of(1) } },
            ["opacity"] = 0.45,
            ["contours"] = new JsonObject { ["start"] = 0.5, ["end"] = 0.5, ["size"] = 1, ["coloring"] = "heatmap", ["showlabels"] = true },
            ["line"] = new JsonObject { ["width"] = 2.5, ["color"] = "#222" },
            ["colorbar"] = new JsonObject
            {
                ["title"] = new JsonObject { ["text"] = $"P({names[1]})" },
                ["thickness"] = 14,
                // With a single contour level plotly would label only 0.5; show the whole scale.
                ["tickvals"] = FiniteJson.Numbers([0, 0.25, 0.5, 0.75, 1]),
            },
            ["hovertemplate"] = "p=%{z:.2f}<extra></extra>",
        };
        return BoundaryPlot(regions, rows, labels, names, xTitle, yTitle, Style.OrDefault(title, "Decision boundary"));
    }

    private static (IReadOnlyList<double[]> Rows, int Classes, List<string> Names, double[] Xs, double[] Ys) BoundaryInput(
        IReadOnlyList<double[]> features, IReadOnlyList<int> labels, IReadOnlyList<string>? classNames, string chart)
    {
        var rows = Guard.NonEmpty(features, chart, nameof(features));
        var classes = Guard.NonEmpty(labels, chart, nameof(labels));
        Guard.SameLength(rows.Count, classes.Count, chart, "features", "labels");
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Length != 2)
                throw new ArgumentException($"{chart} draws two features; example {i} has {rows[i].Length}.");
            if (!double.IsFinite(rows[i][0]) || !double.IsFinite(rows[i][1]))
                throw new ArgumentException($"{chart} needs finite features; example {i} is ({rows[i][0]}, {rows[i][1]}).");
            if (classes[i] < 0)
                throw new ArgumentException($"{chart} needs class labels numbered from 0; example {i} has {classes[i]}.");
        }
        var names = classNames?.ToList() ?? [];
        var count = classes.Max() + 1;
        if (classNames is not null && names.Count < count)
            throw new ArgumentException($"{chart} got {names.Count} class name(s) but the labels go up to {count - 1}.");
        while (names.Count < count) names.Add($"class {names.Count}");
        var x = Sampling.Pad(Sampling.FiniteExtent(rows.Select(r => r[0]))!.Value, 0.08);
        var y = Sampling.Pad(Sampling.FiniteExtent(rows.Select(r => r[1]))!.Value, 0.08);
        return (rows, count, names, Sampling.Linspace(x.Min, x.Max, BoundaryGrid), Sampling.Linspace(y.Min, y.Max, BoundaryGrid));
    }

    private static Plot BoundaryPlot(JsonObject regions, IReadOnlyList<double[]> rows, IReadOnlyList<int> labels, List<string> names,
        string xTitle, string yTitle, string title)
    {
        var data = new JsonArray { regions };
        for (var k = 0; k < names.Count; k++)
        {
            var members = Enumerable.Range(0, rows.Count).Where(i => labels[i] == k).ToList();
            if (members.Count == 0) continue;
            var points = Traces.Scatter(names[k], members.Select(i => rows[i][0]), members.Select(i => rows[i][1]), "markers", ChartColors.Of(k));
            points["marker"]!["size"] = 7;
            points["marker"]!["line"] = new JsonObject { ["color"] = "#222", ["width"] = 0.8 };
            data.Add(points);
        }
        var layout = Style.Layout(title,
            Style.Axis(xTitle, range: (regions["x"]!.AsArray()[0]!.GetValue<double>(), regions["x"]!.AsArray()[^1]!.GetValue<double>())),
            Style.Axis(yTitle, range: (regions["y"]!.AsArray()[0]!.GetValue<double>(), regions["y"]!.AsArray()[^1]!.GetValue<double>())),
            height: 540);
        // Below the plot: on the right the legend would sit on the probability colour bar.
        layout["legend"] = new JsonObject { ["orientation"] = "h", ["x"] = 0, ["y"] = -0.14, ["yanchor"] = "top" };
        layout["margin"]!["b"] = 110;
        return new Plot(data, layout);
    }

    /// <summary>
    /// A trained classifier's decision regions over a two-feature classification set, points coloured by
    /// their true class. A logistic regression is shaded by its probability with the line p = 0.5 drawn;
    /// other classifiers by the class they predict.
    /// </summary>
    public static Plot DecisionBoundary(Dataset data, Classifier model, string? title = null)
    {
        const string chart = nameof(DecisionBoundary);
        Guard.NotNull(model, "the model");
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

    private static (double[][] Features, int[] Labels) TwoFeatureClasses(Dataset? data, string chart)
    {
        Guard.NotNull(data, "the data");
        if (data!.FeatureCount != 2)
            throw new ArgumentException($"{chart} draws data with two features; this set has {data.FeatureCount} ({string.Join(", ", data.FeatureNames)}).");
        if (!data.IsClassification)
            throw new ArgumentException($"{chart} needs a classification set (targets that are classes); {data.TargetName} is a number to predict.");
        return (data.FeatureRows(), data.Targets.Select(t => (int)t).ToArray());
    }
}
