using System.Text.Json.Nodes;

namespace Downhill;

public static partial class Plots
{
    private const int AnimatedBoundaryGrid = 50; // 50 × 50 per frame keeps a 30-frame animation near half a megabyte

    /// <summary>
    /// A two-class decision boundary that moves as training goes on: one frame per snapshot of the model (its
    /// probability of class 1 at each spot), with plotly's own Play button and a slider labelled by epoch.
    /// It opens on the last snapshot.
    /// </summary>
    /// <param name="features">One row per example, two features each.</param>
    /// <param name="labels">The true class of each example, 0 or 1.</param>
    /// <param name="epochs">The epoch of each snapshot, for the slider.</param>
    /// <param name="probabilities">Each snapshot's P(class 1): two features in, a probability out.</param>
    /// <param name="classNames">A name per class for the legend.</param>
    /// <param name="xTitle">The first feature's name.</param>
    /// <param name="yTitle">The second feature's name.</param>
    /// <param name="title">The chart title.</param>
    public static Plot DecisionBoundaryOverEpochs(IReadOnlyList<double[]> features, IReadOnlyList<int> labels, IReadOnlyList<int> epochs,
        IReadOnlyList<Func<double[], double>> probabilities, IReadOnlyList<string>? classNames = null,
        string xTitle = "feature 1", string yTitle = "feature 2", string? title = null)
    {
        const string chart = nameof(DecisionBoundaryOverEpochs);
        var snapshots = Guard.NonEmpty(probabilities, chart, nameof(probabilities));
        var epochList = Guard.NonEmpty(epochs, chart, nameof(epochs));
        Guard.SameLength(epochList.Count, snapshots.Count, chart, "epochs", "probabilities");
        if (snapshots.Count > 60) throw new ArgumentException($"{chart} animates up to 60 snapshots; got {snapshots.Count}. Keep every few epochs.");
        var last = snapshots[^1];
        Guard.NotNull(last, "each probability function");
        var finalPicture = DecisionBoundary(features, labels, last, classNames, xTitle, yTitle, Style.OrDefault(title, "Decision boundary over training"));
        var data = finalPicture.CopyData();
        var layout = finalPicture.CopyLayout();

        // Coarser than the still chart, so that many frames stay small; every frame, the last one included, on this grid.
        var xs = Sampling.Linspace(data[0]!["x"]!.AsArray()[0]!.GetValue<double>(), data[0]!["x"]!.AsArray()[^1]!.GetValue<double>(), AnimatedBoundaryGrid);
        var ys = Sampling.Linspace(data[0]!["y"]!.AsArray()[0]!.GetValue<double>(), data[0]!["y"]!.AsArray()[^1]!.GetValue<double>(), AnimatedBoundaryGrid);
        JsonObject Regions(Func<double[], double> probability)
        {
            Guard.NotNull(probability, "each probability function");
            var z = Sampling.Grid(p => Math.Round(probability(p), 3), xs, ys);
            return new JsonObject { ["x"] = FiniteJson.Numbers(xs), ["y"] = FiniteJson.Numbers(ys), ["z"] = FiniteJson.Matrix(z) };
        }
        var frames = new JsonArray();
        var names = epochList.Select(e => $"epoch {e}").ToList();
        for (var k = 0; k < snapshots.Count; k++)
            frames.Add(new JsonObject { ["name"] = names[k], ["data"] = new JsonArray { Regions(snapshots[k]) }, ["traces"] = new JsonArray { 0 } });
        var opening = Regions(last);
        foreach (var key in new[] { "x", "y", "z" }) data[0]![key] = opening[key]!.DeepClone();

        var slider = StepSlider(names, active: names.Count - 1, y: -0.2, redraw: true);
        slider["currentvalue"]!["prefix"] = "";
        foreach (var (step, k) in slider["steps"]!.AsArray().Select((s, k) => (s!, k))) step["label"] = epochList[k].ToString(System.Globalization.CultureInfo.InvariantCulture);
        layout["sliders"] = new JsonArray { slider };
        layout["updatemenus"] = new JsonArray { PlayPause(null, y: -0.26, redraw: true, frameMilliseconds: 250) };
        layout["legend"] = new JsonObject { ["orientation"] = "h", ["x"] = 0, ["y"] = 1.02, ["yanchor"] = "bottom" };
        layout["margin"]!["b"] = 150;
        layout["margin"]!["t"] = 90;
        layout["height"] = 600;
        return new Plot(data, layout, frames);
    }
}
