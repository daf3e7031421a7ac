using System.Text.Json.Nodes;

namespace Downhill;

public static partial class Plots
{
    private const int BoundaryGrid = 120;

    /// <summary>
    /// A binary classifier's decision boundary from its probability of class 1: points with two features coloured by
    /// their true class, over regions shaded from class 0 (p = 0) to class 1 (p = 1), with the line p = 0.5 drawn where
    /// the prediction flips.
    /// </summary>
    /// <param name="features">One row per example, two features each.</param>
    /// <param name="labels">The true class of each example, 0 or 1.</param>
    /// <param name="probability">The model: two features in, the probability of class 1 out.</param>
    /// <param name="classNames">A name per class for the legend; "class 0", "class 1" by default.</param>
    /// <param name="xTitle">The first feature's name.</param>
    /// <param name="yTitle">The second feature's name.</param>
    /// <param name="title">The chart title.</param>
    public static Plot DecisionBoundary(IReadOnlyList<double[]> features, IReadOnlyList<int> labels, Func<double[], double> probability,
        IReadOnlyList<string>? classNames = null, string xTitle = "feature 1", string yTitle = "feature 2", string? title = null)
    {
        const string chart = nameof(DecisionBoundary);
        Guard.NotNull(probability, "the probability function");
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
        if (classes.Max() > 1) throw new ArgumentException($"{chart} needs two classes (0 and 1); the labels go up to {classes.Max()}.");
        var names = classNames?.ToList() ?? [];
        if (classNames is not null && names.Count < classes.Max() + 1)
            throw new ArgumentException($"{chart} got {names.Count} class name(s) but the labels go up to {classes.Max()}.");
        while (names.Count < 2) names.Add($"class {names.Count}");

        var x = Sampling.Pad(Sampling.FiniteExtent(rows.Select(r => r[0]))!.Value, 0.08);
        var y = Sampling.Pad(Sampling.FiniteExtent(rows.Select(r => r[1]))!.Value, 0.08);
        var xs = Sampling.Linspace(x.Min, x.Max, BoundaryGrid);
        var ys = Sampling.Linspace(y.Min, y.Max, BoundaryGrid);
        var regions = new JsonObject
        {
            ["type"] = "contour",
            ["name"] = $"P({names[1]})",
            ["x"] = FiniteJson.Numbers(xs),
            ["y"] = FiniteJson.Numbers(ys),
            ["z"] = FiniteJson.Matrix(Sampling.Grid(probability, xs, ys)),
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
        var data = new JsonArray { regions };
        for (var k = 0; k < names.Count; k++)
        {
            var members = Enumerable.Range(0, rows.Count).Where(i => classes[i] == k).ToList();
            if (members.Count == 0) continue;
            var points = Traces.Scatter(names[k], members.Select(i => rows[i][0]), members.Select(i => rows[i][1]), "markers", ChartColors.Of(k));
            points["marker"]!["size"] = 7;
            points["marker"]!["line"] = new JsonObject { ["color"] = "#222", ["width"] = 0.8 };
            data.Add(points);
        }
        var layout = Style.Layout(Style.OrDefault(title, "Decision boundary"), Style.Axis(xTitle, range: (xs[0], xs[^1])), Style.Axis(yTitle, range: (ys[0], ys[^1])), height: 540);
        // Below the plot: on the right the legend would sit on the probability colour bar.
        layout["legend"] = new JsonObject { ["orientation"] = "h", ["x"] = 0, ["y"] = -0.14, ["yanchor"] = "top" };
        layout["margin"]!["b"] = 110;
        return new Plot(data, layout);
    }
}
