using System.Text.Json.Nodes;
using System.Globalization;
namespace Downhill;

public static partial class Plots
{
    /// <summary>The loss per step of one descent run. A run that blew up is drawn to its last finite loss and marked "✕ diverged at step k".</summary>
    public static Plot LossCurve(Trajectory run, bool logY = false, string? title = null)
    {
        ChartInput.NotNull(run, "the run");
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
    /// loss; where one blew up, a ✕ and a note say when. Curves longer than 4000 points are thinned for
    /// drawing, keeping each stretch's lowest and highest loss, so spikes stay visible.
    /// </summary>
    /// <param name="series">The curves.</param>
    /// <param name="x">What the x axis counts; it starts at 0 (no run has a negative step).</param>
    /// <param name="logY">A log-scale y axis.</param>
    /// <param name="title">The chart title.</param>
    /// <param name="yTitle">What the curves measure, e.g. "MSE − least-squares MSE"; by default "loss".</param>
    public static Plot LossCurves(IEnumerable<LossSeries> series, LossAxis x = LossAxis.Step, bool logY = false, string? title = null, string? yTitle = null)
    {
        const string chart = nameof(LossCurves);
        var list = ChartInput.NonEmpty(series, chart, nameof(series));
        foreach (var s in list)
        {
            if (s.X is null || s.Losses is null) throw new ArgumentException($"{chart}: the series \"{s.Label}\" has no x values or no losses.");
            if (s.X.Count == 0) throw new ArgumentException($"{chart}: the series \"{s.Label}\" is empty; it needs at least one loss.");
            ChartInput.SameLength(s.X.Count, s.Losses.Count, chart, $"x values of \"{s.Label}\"", "losses");
            ChartInput.AllFinite(s.X, chart, $"the x values of \"{s.Label}\"");
        }

        var colors = ChartColors.ForLabels(list.Select(s => s.Label).ToList());
        var data = new JsonArray();
        var notes = new JsonArray();
        for (var i = 0; i < list.Count; i++)
        {
            var divergence = DivergenceOf(list[i]) is { } at ? x.Diverged(at) : null;
            AddLossSeries(list[i], colors[i], dashed: false, divergence, logY, data, notes);
        }

        var measured = ChartInput.Text(yTitle, "loss");
        var xAxis = Style.Axis(x.Title());
        xAxis["rangemode"] = "nonnegative"; // a run with one or two points once drew its axis from −100 epochs
        var layout = Style.Layout(
            ChartInput.Text(title, list.Count == 1 ? $"Loss: {list[0].Label}" : "Loss curves"),
            xAxis,
            Style.Axis(logY ? $"{measured} (log scale)" : measured, logY));
        layout["annotations"] = notes;
        return new Plot(data, layout);
    }

    /// <summary>
    /// The training (solid) and validation (dashed, same colour) loss of one training run per epoch,
    /// or against optimizer steps or seconds. A run that blew up is marked "✕ diverged in epoch k".
    /// </summary>
    public static Plot LossCurve(TrainingHistory history, LossAxis x = LossAxis.Epoch, bool logY = false, bool validation = true, string? title = null)
    {
        ChartInput.NotNull(history, "the training history");
        return LossCurves([history], x, logY, validation, title);
    }

    /// <summary>Training (solid) and validation (dashed) loss curves of several training runs, one colour per run.</summary>
    public static Plot LossCurves(IEnumerable<TrainingHistory> histories, LossAxis x = LossAxis.Epoch, bool logY = false, bool validation = true, string? title = null)
    {
        var list = ChartInput.NonEmpty(histories, nameof(LossCurves), nameof(histories));
        var colors = ChartColors.ForLabels(list.Select(h => h.Label).ToList());
        var data = new JsonArray();
        var notes = new JsonArray();
        for (var i = 0; i < list.Count; i++)
        {
            var h = list[i];
            var xs = x switch
            {
                LossAxis.Epoch => h.EpochNumbers,
                LossAxis.Step => h.Epochs.Select(e => (double)e.Epoch * h.StepsPerEpoch).ToArray(),
                LossAxis.Seconds => h.Seconds,
                _ => throw new ArgumentException($"{x} is not a loss axis; use LossAxis.Step, LossAxis.Epoch or LossAxis.Seconds."),
            };
            var divergence = h.DivergedAtEpoch is { } k ? $"✕ diverged in epoch {k.ToString(CultureInfo.InvariantCulture)}" : null;
            var hasValidation = validation && h.ValidationLosses.Length > 0;
            AddLossSeries(new LossSeries(hasValidation ? $"{h.Label} (train)" : h.Label, xs, h.TrainLosses), colors[i], dashed: false, divergence, logY, data, notes);
            if (hasValidation)
                AddLossSeries(new LossSeries($"{h.Label} (validation)", xs, h.ValidationLosses), colors[i], dashed: true, divergenceText: null, logY, data, notes);
        }
        var layout = Style.Layout(
            ChartInput.Text(title, list.Count == 1 ? $"Loss: {list[0].Label}" : "Loss curves"),
            Style.Axis(x.Title()),
            Style.Axis(logY ? "loss (log scale)" : "loss", logY));
        layout["annotations"] = notes;
        return new Plot(data, layout);
    }

    /// <summary>Where a series blew up: its first non-finite loss, else the step it says it diverged at.</summary>
    private static double? DivergenceOf(LossSeries series)
    {
        for (var i = 0; i < series.Losses.Count; i++)
            if (!double.IsFinite(series.Losses[i])) return series.X[i];
        return series.DivergedAt;
    }

    private static void AddLossSeries(LossSeries series, string color, bool dashed, string? divergenceText, bool logY, JsonArray data, JsonArray notes)
    {
        var firstNonFinite = Enumerable.Range(0, series.Losses.Count).FirstOrDefault(i => !double.IsFinite(series.Losses[i]), -1);
        var drawn = firstNonFinite < 0 ? series.Losses.Count : firstNonFinite;

        var mode = drawn <= 1 ? "lines+markers" : "lines";
        var (xs, ys) = Thinning.MinMax(series.X, series.Losses, drawn);
        var trace = Traces.Scatter(series.Label, xs, ys, mode, color);
        if (dashed) trace["line"]!["dash"] = "dash";
        data.Add(trace);
        if (divergenceText is not { } text) return;

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
