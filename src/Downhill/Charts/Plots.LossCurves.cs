using System.Text.Json.Nodes;

namespace Downhill;

public static partial class Plots
{
    /// <summary>The loss per step of one descent run. A run that blew up is drawn to its last finite loss and marked "✕ diverged at step k".</summary>
    public static Plot LossCurve(Trajectory run, bool logY = false, string? title = null) =>
        LossCurves([Guard.NotNull(run, "the run")], logY, title);

    /// <summary>The loss per step of several descent runs on one chart (e.g. one per optimizer or learning rate).</summary>
    public static Plot LossCurves(IEnumerable<Trajectory> runs, bool logY = false, string? title = null)
    {
        var list = Guard.NonEmpty(runs, nameof(LossCurves), nameof(runs));
        return LossCurves(list.Select(Series.FromTrajectory), LossAxis.Step, logY, title);
    }

    /// <summary>
    /// Loss curves from any series (steps, epochs or seconds on x). Each is drawn up to its last finite
    /// loss; where one blew up, a ✕ and a note say when. Curves longer than 4000 points are thinned for
    /// drawing, keeping each stretch's lowest and highest loss, so spikes stay visible.
    /// </summary>
    /// <param name="series">The curves.</param>
    /// <param name="x">What the x axis counts; it starts at 0 (no run has a negative step).</param>
    /// <param name="logY">A log-scale y axis.</param>
    /// <param name="title">The chart title.</param>
    /// <param name="yTitle">What the curves measure, e.g. "MSE − least-squares MSE"; by default "loss".</param>
    public static Plot LossCurves(IEnumerable<Series> series, LossAxis x = LossAxis.Step, bool logY = false, string? title = null, string? yTitle = null)
    {
        var list = Guard.NonEmpty(series, nameof(LossCurves), nameof(series));
        foreach (var s in list) s.Check(nameof(LossCurves));
        var data = new JsonArray();
        var notes = new JsonArray();
        for (var i = 0; i < list.Count; i++)
            AddLossCurve(list[i], ChartColors.Of(i), DivergenceOf(list[i]) is { } at ? x.Diverged(at) : null, logY, data, notes);
        var measured = Style.OrDefault(yTitle, "loss");
        var xAxis = Style.Axis(x.Title());
        xAxis["rangemode"] = "nonnegative"; // a run with one or two points once drew its axis from −100 epochs
        var layout = Style.Layout(
            Style.OrDefault(title, list.Count == 1 ? $"Loss: {list[0].Name}" : "Loss curves"),
            xAxis,
            Style.Axis(logY ? $"{measured} (log scale)" : measured, logY));
        layout["annotations"] = notes;
        return new Plot(data, layout);
    }

    /// <summary>Where a series blew up: its first non-finite loss, else the step it says it diverged at.</summary>
    private static double? DivergenceOf(Series series)
    {
        for (var i = 0; i < series.Y.Count; i++)
            if (!double.IsFinite(series.Y[i])) return series.X[i];
        return series.DivergedAt;
    }

    /// <summary>A curve drawn up to its last finite loss and thinned; when it blew up, a ✕ there and a note saying when.</summary>
    private static void AddLossCurve(Series series, string color, string? divergence, bool logY, JsonArray data, JsonArray notes)
    {
        var firstNonFinite = Enumerable.Range(0, series.Y.Count).FirstOrDefault(i => !double.IsFinite(series.Y[i]), -1);
        var drawn = firstNonFinite < 0 ? series.Y.Count : firstNonFinite;
        var (xs, ys) = Thinning.MinMax(series.X, series.Y, drawn);
        var trace = Traces.Scatter(series.Name, xs, ys, drawn <= 1 ? "lines+markers" : "lines", color);
        if (series.Dash is not null) trace["line"]!["dash"] = series.Dash;
        data.Add(trace);
        if (divergence is null) return;
        if (drawn == 0)
        {
            notes.Add(Traces.CornerNote($"{series.Name}: {divergence}, before any finite loss"));
            return;
        }
        var (marker, note) = Traces.Divergence(series.Name, series.X[drawn - 1], series.Y[drawn - 1], divergence, logY);
        data.Add(marker);
        notes.Add(note);
    }
}
