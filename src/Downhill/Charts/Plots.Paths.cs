using System.Text.Json.Nodes;
using System.Globalization;
namespace Downhill;

public static partial class Plots
{
    /// <summary>
    /// The paths of several runs (e.g. one per optimizer) over the contour lines of a 2-D landscape,
    /// each in its own colour (the palette in the order given), with its start (○) and end (●) marked and a ✕ where a run blew up.
    /// The view stays on the landscape's plot range (or <paramref name="view"/>), so a run that flies off leaves the picture.
    /// </summary>
    /// <param name="surface">A landscape with two dimensions.</param>
    /// <param name="runs">The runs to draw; each moves in two dimensions.</param>
    /// <param name="title">The chart title; by default "Paths on …".</param>
    /// <param name="view">The region to draw, one (min, max) per axis; the landscape's plot range when null.
    /// <see cref="ViewAround"/> gives one that holds a run's whole path and the minimum.</param>
    /// <param name="resolution">Points per side of the grid on which the landscape is evaluated for the contour lines:
    /// 100 × 100 by default. Fewer (say 60) for a landscape whose every value is costly, such as a slice through a
    /// network's loss, where each point is a pass over the data; the contours of a smooth surface barely change.</param>
    public static Plot PathsOnContour(Landscape surface, IEnumerable<Trajectory> runs, string? title = null,
        IReadOnlyList<(double Min, double Max)>? view = null, int resolution = LandscapeLevels.ContourGrid)
    {
        const string chart = nameof(PathsOnContour);
        Guard.Landscape(surface, 2, chart);
        var list = Guard.Runs(runs, 2, chart);
        var range = view is null ? surface.PlotRange : Guard.View(view, chart);
        Guard.AtLeast(resolution, 10, "the contour grid's resolution (points per side)");
        var levels = LandscapeLevels.Of(surface, samples: resolution, range: range);

        var data = new JsonArray { ContourTrace(surface, levels) };
        var notes = new JsonArray();
        for (var i = 0; i < list.Count; i++)
            AddPath(list[i], ChartColors.Of(i), range, data, notes);

        var layout = Style.Layout(
            Style.OrDefault(title, $"Paths on {surface.Name}"),
            Style.Axis(surface.CoordinateNames[0], range: range[0]),
            Style.Axis(surface.CoordinateNames[1], range: range[1]),
            width: 720, height: 560);
        // Below the plot: on the right the legend would sit on the contour colour bar.
        layout["legend"] = new JsonObject { ["orientation"] = "h", ["x"] = 0, ["y"] = -0.14, ["yanchor"] = "top" };
        layout["margin"]!["b"] = 110;
        if (!Style.EqualScales(layout, range[0], range[1])) NoteNotToScale(layout, notes, range[0], range[1]);
        layout["annotations"] = notes;
        return new Plot(data, layout);
    }

    /// <summary>
    /// A view for <see cref="PathsOnContour"/> that holds every given point — a run's positions, the minimum — with a
    /// margin of <paramref name="margin"/> of the width on each side, so a path never starts or ends off the chart.
    /// Non-finite points are left out.
    /// </summary>
    public static IReadOnlyList<(double Min, double Max)> ViewAround(IEnumerable<double[]> points, double margin = 0.08)
    {
        Guard.NotNull(points, "the points to keep in view");
        var list = points.Where(p => p is { Length: 2 } && double.IsFinite(p[0]) && double.IsFinite(p[1])).ToList();
        if (list.Count == 0)
            throw new ArgumentException("ViewAround needs at least one finite point with two coordinates.");
        if (!double.IsFinite(margin) || margin < 0)
            throw new ArgumentException($"the margin must be a finite fraction ≥ 0; got {Guard.Show(margin)}.");
        return Enumerable.Range(0, 2)
            .Select(axis => Sampling.Pad((list.Min(p => p[axis]), list.Max(p => p[axis])), margin))
            .ToArray();
    }

    /// <summary>
    /// The paths of several runs over the 3-D surface of a 2-D landscape. A run is drawn while it stays
    /// above the plotted square; where it leaves (or blew up), a ✕ marks its last point inside.
    /// </summary>
    public static Plot PathsOnSurface(Landscape surface, IEnumerable<Trajectory> runs, string? title = null)
    {
        const string chart = nameof(PathsOnSurface);
        Guard.Landscape(surface, 2, chart);
        var list = Guard.Runs(runs, 2, chart);
        var levels = LandscapeLevels.Of(surface, samples: 60);

        var heights = LevelsTrace("surface", surface, levels);
        heights["opacity"] = 0.85;
        heights["showscale"] = false;
        var data = new JsonArray { heights };
        for (var i = 0; i < list.Count; i++)
            AddPath3D(surface, levels, list[i], ChartColors.Of(i), data);

        var layout = Style.Layout(Style.OrDefault(title, $"Paths on {surface.Name}"), width: 760, height: 600);
        layout["scene"] = new JsonObject
        {
            ["xaxis"] = new JsonObject { ["title"] = new JsonObject { ["text"] = surface.CoordinateNames[0] } },
            ["yaxis"] = new JsonObject { ["title"] = new JsonObject { ["text"] = surface.CoordinateNames[1] } },
            ["zaxis"] = new JsonObject { ["title"] = new JsonObject { ["text"] = levels.Label } },
            ["camera"] = new JsonObject { ["eye"] = new JsonObject { ["x"] = 1.5, ["y"] = -1.5, ["z"] = 1.1 } },
        };
        return new Plot(data, layout);
    }

    /// <summary>A landscape's heights over its grid as a plotly trace of <paramref name="type"/> ("contour", "surface").</summary>
    private static JsonObject LevelsTrace(string type, Landscape surface, LandscapeLevels levels) => new()
    {
        ["type"] = type,
        ["name"] = surface.Name,
        ["x"] = FiniteJson.Numbers(levels.Xs),
        ["y"] = FiniteJson.Numbers(levels.Ys),
        ["z"] = FiniteJson.Matrix(levels.Z),
        ["colorscale"] = "Viridis",
        ["hovertemplate"] = $"x=%{{x:.3g}}<br>y=%{{y:.3g}}<br>{levels.Label}=%{{z:.3g}}<extra></extra>",
    };

    private static JsonObject ContourTrace(Landscape surface, LandscapeLevels levels)
    {
        var contour = LevelsTrace("contour", surface, levels);
        contour["ncontours"] = 30;
        contour["contours"] = new JsonObject { ["coloring"] = "lines" };
        contour["line"] = new JsonObject { ["width"] = 1.2 };
        contour["colorbar"] = new JsonObject { ["title"] = new JsonObject { ["text"] = levels.Label }, ["thickness"] = 14 };
        contour["showlegend"] = false;
        return contour;
    }

    private static void AddPath(Trajectory run, string color, IReadOnlyList<(double Min, double Max)> range, JsonArray data, JsonArray notes)
    {
        var xs = run.Positions.Select(p => p[0]).ToArray();
        var ys = run.Positions.Select(p => p[1]).ToArray();
        var path = Traces.Scatter(run.Label, xs, ys, "lines+markers", color, 2);
        path["marker"]!["size"] = 4;
        path["legendgroup"] = run.Label;
        data.Add(path);

        var ends = Traces.Scatter(run.Label, [xs[0], xs[^1]], [ys[0], ys[^1]], "markers", color);
        ends["marker"]!["size"] = 11;
        ends["marker"]!["symbol"] = new JsonArray { "circle-open", "circle" };
        ends["marker"]!["line"] = new JsonObject { ["width"] = 2, ["color"] = color };
        ends["legendgroup"] = run.Label;
        ends["showlegend"] = false;
        ends["hovertext"] = FiniteJson.Strings([$"{run.Label}: start", $"{run.Label}: {run.Message}"]);
        ends["hoverinfo"] = "text";
        data.Add(ends);

        if (run.Outcome != RunOutcome.Diverged) return;
        // A run that blew up has usually flown out of the fixed view: mark the last point still in sight.
        var text = LossAxis.Step.Diverged(run.DivergenceStep);
        // The last position inside the view, or −1 when none is.
        var shown = Enumerable.Range(0, run.Positions.Count).LastOrDefault(k => Sampling.Inside(xs[k], ys[k], range[0], range[1]), -1);
        if (shown < 0) { notes.Add(Traces.CornerNote($"{run.Label}: {text}, outside the view")); return; }
        if (shown < run.Steps) text += $" (out of view after step {shown})";
        var (marker, note) = Traces.Divergence(run.Label, xs[shown], ys[shown], text, xView: range[0]);
        data.Add(marker);
        notes.Add(note);
    }

    private static void AddPath3D(Landscape surface, LandscapeLevels levels, Trajectory run, string color, JsonArray data)
    {
        var inside = run.Positions.TakeWhile(p => Sampling.Inside(p[0], p[1], surface.PlotRange[0], surface.PlotRange[1])).ToList();
        var heights = run.Losses.Take(inside.Count).Select(levels.Height).ToList();
        var left = inside.Count < run.Positions.Count;
        var name = left ? $"{run.Label} (leaves the view after step {inside.Count - 1})" : run.Label;
        if (inside.Count == 0)
        {
            data.Add(new JsonObject { ["type"] = "scatter3d", ["name"] = $"{run.Label} (starts outside the view)", ["mode"] = "markers", ["x"] = new JsonArray(), ["y"] = new JsonArray(), ["z"] = new JsonArray() });
            return;
        }
        data.Add(new JsonObject
        {
            ["type"] = "scatter3d",
            ["name"] = name,
            ["mode"] = "lines+markers",
            ["x"] = FiniteJson.Numbers(inside.Select(p => p[0])),
            ["y"] = FiniteJson.Numbers(inside.Select(p => p[1])),
            ["z"] = FiniteJson.Numbers(heights),
            ["line"] = new JsonObject { ["color"] = color, ["width"] = 5 },
            ["marker"] = new JsonObject { ["color"] = color, ["size"] = 2.5 },
        });
        if (!left && run.Outcome != RunOutcome.Diverged) return;
        var text = run.Outcome == RunOutcome.Diverged
            ? LossAxis.Step.Diverged(run.DivergenceStep)
            : $"✕ leaves the view after step {inside.Count - 1}";
        data.Add(new JsonObject
        {
            ["type"] = "scatter3d",
            ["name"] = $"{run.Label}: {text}",
            ["mode"] = "markers+text",
            ["x"] = FiniteJson.Numbers([inside[^1][0]]),
            ["y"] = FiniteJson.Numbers([inside[^1][1]]),
            ["z"] = FiniteJson.Numbers([heights[^1]]),
            ["text"] = FiniteJson.Strings([text]),
            ["textfont"] = new JsonObject { ["color"] = ChartColors.Diverged },
            ["marker"] = new JsonObject { ["symbol"] = "x", ["size"] = 6, ["color"] = ChartColors.Diverged },
            ["showlegend"] = false,
        });
    }

    /// <summary>The height of a line of a note over the plot (11-px text), in pixels.</summary>
    private const int NoteLine = 14;

    /// <summary>The room a one-line note over the plot takes between the title and the plot, in pixels (its line and air).</summary>
    private const int NoteRoom = NoteLine + 4;

    /// <summary>The name the not-to-scale note carries, so that <see cref="Grid"/> can find it and say it again for its smaller cell.</summary>
    private const string NotToScaleNote = "axes not to scale";

    /// <summary>
    /// A note just over a map whose axes could not be drawn to the same scale (its contours are stretched), with room kept
    /// for it under the title: a title long enough to reach the right-hand side ran over it before.
    /// </summary>
    private static void NoteNotToScale(JsonObject layout, JsonArray notes, (double Min, double Max) x, (double Min, double Max) y)
    {
        TitleRoom.KeepUnderTitle(layout, NoteRoom);
        notes.Add(new JsonObject
        {
            ["name"] = NotToScaleNote,
            ["text"] = $"axes not to scale: {Stretch(layout, x, y)}",
            ["xref"] = "paper", ["yref"] = "paper", ["x"] = 1, ["y"] = 1, ["yshift"] = 2, ["xanchor"] = "right", ["yanchor"] = "bottom",
            ["showarrow"] = false, ["font"] = new JsonObject { ["size"] = 11, ["color"] = "#666" },
        });
    }

    // "a unit of y is drawn about 6× as long as a unit of x": pixels per unit on each axis, from the figure's size less
    // its margins (plotly's automatic margins and a colour bar take a little more, hence "about" and no decimals past 3×). Which axis is stretched
    // depends on the view, so the sentence is computed: a round bowl in a long thin window looks squeezed, not rounder.
    private static string Stretch(JsonObject layout, (double Min, double Max) x, (double Min, double Max) y)
    {
        double Size(string key) => FiniteJson.TryGetNumber(layout[key], out var v) ? v : 0;
        double Margin(string side) => FiniteJson.TryGetNumber(layout["margin"]?[side], out var v) ? v : 0;
        return Stretch(Size("width") - Margin("l") - Margin("r"), Size("height") - Margin("t") - Margin("b"), x, y);
    }

    /// <summary>The same sentence for a plot drawn <paramref name="xPixels"/> wide and <paramref name="yPixels"/> tall (a grid's cell).</summary>
    private static string Stretch(double xPixels, double yPixels, (double Min, double Max) x, (double Min, double Max) y)
    {
        var xUnit = xPixels / (x.Max - x.Min);
        var yUnit = yPixels / (y.Max - y.Min);
        var (longer, shorter, factor) = yUnit >= xUnit ? ("y", "x", yUnit / xUnit) : ("x", "y", xUnit / yUnit);
        return $"a unit of {longer} is drawn about {factor.ToString(factor >= 3 ? "0" : "0.#", CultureInfo.InvariantCulture)}× as long as a unit of {shorter}";
    }
}
