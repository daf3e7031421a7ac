using System.Text.Json.Nodes;

namespace Downhill;

/// <summary>
/// One named curve: x values and the y at each — a sweep for <see cref="Plots.Lines"/>, or a loss per step, epoch or
/// second for <see cref="Plots.LossCurves(IEnumerable{Series}, LossAxis, bool, string?, string?)"/>.
/// </summary>
/// <param name="Name">The legend label, e.g. "Adam α=0.1" or "validation".</param>
/// <param name="X">The x values: the setting swept, or where each loss was measured (step, epoch or seconds).</param>
/// <param name="Y">The y values. NaN or Infinity (a run that blew up) leave a gap; a loss curve stops at the first and is marked.</param>
/// <param name="DivergedAt">For a loss curve: the step or epoch at which the run blew up, when it is known and lies past the last value.</param>
/// <param name="Dash">plotly's dash style ("dash", "dot" …), or null for a solid line: a line that runs on top of another for
/// most of its length, drawn dashed, leaves the other in sight.</param>
public sealed record Series(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y, double? DivergedAt = null, string? Dash = null)
{
    /// <summary>The loss per step of a descent run (x = step 0, 1, 2 …), carrying its divergence step.</summary>
    public static Series FromTrajectory(Trajectory run)
    {
        Guard.NotNull(run, "the run");
        return new Series(
            run.Label,
            Enumerable.Range(0, run.Losses.Count).Select(i => (double)i).ToArray(),
            run.Losses.ToArray(),
            run.Outcome == RunOutcome.Diverged ? run.DivergenceStep : null);
    }

    /// <summary>Checks the series can be drawn: x and y of one length, at least one point, every x finite.</summary>
    internal void Check(string chart)
    {
        if (X is null || Y is null) throw new ArgumentException($"{chart}: the series \"{Name}\" has no x or no y values.");
        if (X.Count == 0) throw new ArgumentException($"{chart}: the series \"{Name}\" is empty; it needs at least one point.");
        Guard.SameLength(X.Count, Y.Count, chart, $"x values of \"{Name}\"", "y values");
        Guard.AllFinite(X, chart, $"the x values of \"{Name}\"");
    }
}

public static partial class Plots
{
    /// <summary>
    /// A plain line (with markers) of y against x — for sweeps such as final loss against the learning
    /// rate α, often with <paramref name="logX"/>. Points whose y is not finite are left out and counted in a note.
    /// </summary>
    public static Plot Line(IReadOnlyList<double> x, IReadOnlyList<double> y, string xTitle = "x", string yTitle = "y",
        string? title = null, bool logX = false, bool logY = false, string name = "y")
        => Lines([new Series(name, x, y)], xTitle, yTitle, title, logX, logY);

    /// <summary>Several named lines on one chart, e.g. final loss against α for each optimizer.</summary>
    public static Plot Lines(IEnumerable<Series> series, string xTitle = "x", string yTitle = "y",
        string? title = null, bool logX = false, bool logY = false)
    {
        const string chart = nameof(Lines);
        var list = Guard.NonEmpty(series, chart, nameof(series));
        var data = new JsonArray();
        var left = 0;
        for (var i = 0; i < list.Count; i++)
        {
            var s = list[i];
            s.Check(chart);
            if (logX && s.X.Any(v => v <= 0))
                throw new ArgumentException($"{chart} cannot put x = {s.X.First(v => v <= 0)} on a log axis; log axes need positive x values.");
            left += s.Y.Count(v => !double.IsFinite(v));
            var trace = Traces.Scatter(s.Name, s.X, s.Y, "lines+markers", ChartColors.Of(i));
            if (s.Dash is not null) trace["line"]!["dash"] = s.Dash;
            data.Add(trace);
        }
        var layout = Style.Layout(Style.OrDefault(title, $"{yTitle} against {xTitle}"), Style.Axis(xTitle, logX), Style.Axis(yTitle, logY));
        if (left > 0)
            layout["annotations"] = new JsonArray { Traces.CornerNote($"{left} point(s) with a non-finite value (a diverged run) are left out") };
        if (list.Count == 1) layout["showlegend"] = false;
        return new Plot(data, layout);
    }
}
