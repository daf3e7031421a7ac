using System.Text.Json.Nodes;
using Downhill.Descent;

namespace Downhill.Charts;

public static partial class Plots
{
    /// <summary>The loss per step of one descent run. A run that blew up is drawn to its last finite loss and marked "✕ diverged at step k".</summary>
    public static Plot LossCurve(Trajectory run, bool logY = false, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(run, nameof(run));
        return LossCurves([run], logY, title);
    }

    /// <summary>The loss per step of several descent runs on one chart (e.g. one per optimizer or learning rate).</summary>
    public static Plot LossCurves(IEnumerable<Trajectory> runs, bool logY = false, string? title = null)
    {
        var list = ChartInput.NonEmpty(runs, nameof(LossCurves), nameof(runs));
        return LossCurves(list.Select(LossSeries.FromTrajectory), LossAxis.Step, logY, title);
    }

    /// <summary>
    /// Loss curves from any series (steps, epochs or seconds on x). Each is drawn up to its last finite
    /// loss; where one blew up, a ✕ and a note say when.
    /// </summary>
    public static Plot LossCurves(IEnumerable<LossSeries> series, LossAxis x = LossAxis.Step, bool logY = false, string? title = null)
    {
        const string chart = nameof(LossCurves);
        var list = ChartInput.NonEmpty(series, chart, nameof(series));
        foreach (var s in list)
        {
            if (s.X is null || s.Losses is null) throw new ArgumentException($"{chart}: the series \"{s.Label}\" has no x values or no losses.", nameof(series));
            if (s.X.Count == 0) throw new ArgumentException($"{chart}: the series \"{s.Label}\" is empty; it needs at least one loss.", nameof(series));
            ChartInput.SameLength(s.X.Count, s.Losses.Count, chart, $"x values of \"{s.Label}\"", "losses");
            ChartInput.AllFinite(s.X, chart, $"the x values of \"{s.Label}\"");
        }

        var colors = ChartColors.ForLabels(list.Select(s => s.Label).ToList());
        var data = new JsonArray();
        var notes = new JsonArray();
        for (var i = 0; i < list.Count; i++)
            AddLossSeries(list[i], colors[i], x, logY, data, notes);

        var layout = Style.Layout(
            ChartInput.Text(title, list.Count == 1 ? $"Loss: {list[0].Label}" : "Loss curves"),
            Style.Axis(x.Title()),
            Style.Axis(logY ? "loss (log scale)" : "loss", logY));
        layout["annotations"] = notes;
        return new Plot(data, layout);
    }

    private static void AddLossSeries(LossSeries series, string color, LossAxis axis, bool logY, JsonArray data, JsonArray notes)
    {
        var firstNonFinite = Enumerable.Range(0, series.Losses.Count).FirstOrDefault(i => !double.IsFinite(series.Losses[i]), -1);
        var drawn = firstNonFinite < 0 ? series.Losses.Count : firstNonFinite;
        double? divergedAt = firstNonFinite >= 0 ? series.X[firstNonFinite] : series.DivergedAt;

        var mode = drawn <= 1 ? "lines+markers" : "lines";
        var trace = Traces.Scatter(series.Label, series.X.Take(drawn), series.Losses.Take(drawn), mode, color);
        data.Add(trace);
        if (divergedAt is not { } at) return;

        var text = axis.Diverged(at);
        if (drawn == 0)
        {
            notes.Add(Traces.CornerNote($"{series.Label}: {text}, before any finite loss"));
            return;
        }
        var (marker, note) = Traces.Divergence(series.Label, series.X[drawn - 1], series.Losses[drawn - 1], text, logY);
        data.Add(marker);
        notes.Add(note);
    }
}
