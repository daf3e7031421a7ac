using System.Text.Json.Nodes;

namespace Downhill;

/// <summary>One named line for <see cref="Plots.Lines"/>: x values and the y at each.</summary>
/// <param name="Name">The legend label.</param>
/// <param name="X">The x values.</param>
/// <param name="Y">The y values; NaN or Infinity (e.g. the final loss of a run that diverged) leave a gap.</param>
/// <param name="Dash">plotly's dash style ("dash", "dot" …), or null for a solid line: a line that runs on top of another for
/// most of its length, drawn dashed, leaves the other in sight.</param>
public sealed record Series(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y, string? Dash = null);

public static partial class Plots
{
    /// <summary>
    /// A plain line (with markers) of y against x — for sweeps such as final loss against the learning
    /// rate α, often with <paramref name="logX"/>. Points whose y is not finite are left out and counted in a note.
    /// With <paramref name="pointsOnly"/> it is a scatter plot: markers, no connecting line.
    /// </summary>
    public static Plot Line(IReadOnlyList<double> x, IReadOnlyList<double> y, string xTitle = "x", string yTitle = "y",
        string? title = null, bool logX = false, bool logY = false, string name = "y", bool pointsOnly = false)
        => Lines([new Series(name, x, y)], xTitle, yTitle, title, logX, logY, pointsOnly);

    /// <summary>Several named lines on one chart, e.g. final loss against α for each optimizer (markers only with <paramref name="pointsOnly"/>).</summary>
    public static Plot Lines(IEnumerable<Series> series, string xTitle = "x", string yTitle = "y",
        string? title = null, bool logX = false, bool logY = false, bool pointsOnly = false)
    {
        const string chart = nameof(Lines);
        var list = ChartInput.NonEmpty(series, chart, nameof(series));
        var data = new JsonArray();
        var colors = ChartColors.ForLabels(list.Select(s => s.Name).ToList());
        var left = 0;
        for (var i = 0; i < list.Count; i++)
        {
            var s = list[i];
            if (s.X is null || s.Y is null) throw new ArgumentException($"{chart}: the series \"{s.Name}\" has no x or no y values.");
            if (s.X.Count == 0) throw new ArgumentException($"{chart}: the series \"{s.Name}\" is empty; it needs at least one point.");
            ChartInput.SameLength(s.X.Count, s.Y.Count, chart, $"x of \"{s.Name}\"", "y");
            ChartInput.AllFinite(s.X, chart, $"the x values of \"{s.Name}\"");
            if (logX && s.X.Any(v => v <= 0))
                throw new ArgumentException($"{chart} cannot put x = {s.X.First(v => v <= 0)} on a log axis; log axes need positive x values.");
            left += s.Y.Count(v => !double.IsFinite(v));
            var trace = Traces.Scatter(s.Name, s.X, s.Y, pointsOnly ? "markers" : "lines+markers", colors[i]);
            if (s.Dash is not null) trace["line"]!["dash"] = s.Dash;
            data.Add(trace);
        }
        var layout = Style.Layout(ChartInput.Text(title, $"{yTitle} against {xTitle}"), Style.Axis(xTitle, logX), Style.Axis(yTitle, logY));
        if (left > 0)
            layout["annotations"] = new JsonArray { Traces.CornerNote($"{left} point(s) with a non-finite value (a diverged run) are left out") };
        if (list.Count == 1) layout["showlegend"] = false;
        return new Plot(data, layout);
    }
}
