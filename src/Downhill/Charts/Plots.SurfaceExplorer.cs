using System.Text.Json.Nodes;
namespace Downhill;

public static partial class Plots
{
    private const int SurfaceFrames = 16;

    /// <summary>
    /// The 2-D explorer: the contour map of a surface (Himmelblau, Rosenbrock, the ill-conditioned bowl…) at equal
    /// aspect, a slider choosing the start from a grid of 4 × 4 points
    /// inside the plot range, and one button per optimizer (by default gradient descent, momentum, RMSprop and Adam).
    /// Choosing a start plays that optimizer's path from it in 16 frames at evenly spread steps, the ball moving along
    /// and a readout giving the step, position, Q and the outcome. Every path is <see cref="Descent.Run"/>; a run that
    /// leaves the view is pinned to its edge. Choosing another optimizer shows its run from the opening start (a plotly
    /// button cannot read the slider's position).
    /// </summary>
    /// <param name="surface">A 2-D landscape.</param>
    /// <param name="optimizers">The optimizers offered (at most 6); by default GD(0.01), Momentum(0.01, 0.9), RMSprop(0.01) and Adam(0.1).</param>
    /// <param name="steps">The most steps each run takes (1 to 5000).</param>
    /// <param name="title">The chart title; by default "Optimizers on …".</param>
    /// <param name="start">
    /// A start of the lesson's own (inside the plot range), e.g. the point its other charts start from: the chart opens on
    /// it, and it is the slider's first position, before the grid. By default the chart opens on the grid's first point.
    /// </param>
    public static Plot SurfaceExplorer(Landscape surface, IReadOnlyList<Optimizer>? optimizers = null, int steps = 300, string? title = null, double[]? start = null)
    {
        const string chart = nameof(SurfaceExplorer);
        Guard.Landscape(surface, 2, chart);
        var offered = optimizers is null
            ? [new GradientDescent(0.01), new Momentum(0.01, 0.9), new RMSprop(0.01), new Adam(0.1)]
            : Guard.NonEmpty(optimizers, chart, "the optimizers");
        if (offered.Count > 6) throw new ArgumentException($"{chart} offers at most 6 optimizers (one button each); got {offered.Count}.");
        const int grid = 4;
        Guard.Steps(steps, 5000, chart);

        var range = surface.PlotRange;
        var fractions = Enumerable.Range(0, grid).Select(i => (i + 0.5) / grid).ToArray();
        var starts = fractions.SelectMany(fy => fractions.Select(fx => new[]
        {
            Math.Round(range[0].Min + fx * (range[0].Max - range[0].Min), 6),
            Math.Round(range[1].Min + fy * (range[1].Max - range[1].Min), 6),
        })).ToList();
        if (start is not null)
        {
            if (start.Length != 2 || !start.All(double.IsFinite)
                || start[0] < range[0].Min || start[0] > range[0].Max || start[1] < range[1].Min || start[1] > range[1].Max)
                throw new ArgumentException($"{chart} takes a start of two finite numbers inside the drawn range of {surface.Name}; got ({string.Join(", ", start.Select(Guard.Show))}).");
            starts.Insert(0, (double[])start.Clone()); // the opening start: slider position 0
        }
        var runs = offered.Select(o => starts.Select(s => Descent.Run(surface, o, s, steps)).ToList()).ToList();
        var labels = offered.Select(o => o.ToString()).ToList();
        var levels = LandscapeLevels.Of(surface);
        var readoutAt = (X: range[0].Min, Y: range[1].Max);
        const int openStart = 0;

        JsonObject[] FrameTraces(int o, int s, int f)
        {
            var run = runs[o][s];
            var shown = Thinning.Even(run.Steps, SurfaceFrames);
            var at = shown[Math.Min(f, shown.Count - 1)];
            var pinned = run.Positions.Select(p => (X: Math.Clamp(p[0], range[0].Min, range[0].Max), Y: Math.Clamp(p[1], range[1].Min, range[1].Max))).ToList();
            var path = Thinning.Even(run.Steps, 40).Where(k => k < at).Append(at).Select(k => pinned[k]).ToList();
            var w = run.Positions[at];
            var status = at < run.Steps ? "rolling"
                : run.Outcome switch
                {
                    RunOutcome.Converged => $"converged at step {run.Steps}",
                    RunOutcome.Diverged => $"diverged at step {run.DivergenceStep}",
                    _ => $"still moving after {run.Steps} steps",
                };
            var readout = $"{labels[o]} from ({Show(starts[s])})<br>step {at}: w = ({Show(w)}), Q = {ChartNumber.Show(run.Losses[at])}<br>{status}";
            return
            [
                Traces.Points(path.Select(p => p.X), path.Select(p => p.Y), rounded: true),
                Traces.Points([pinned[at].X], [pinned[at].Y]),
                Traces.Points([readoutAt.X], [readoutAt.Y], readout, rounded: true),
            ];
        }

        var data = new JsonArray { ContourTrace(surface, levels) };
        var startMarks = Traces.Scatter("starts", starts.Select(p => p[0]), starts.Select(p => p[1]), "markers", "#444");
        startMarks["marker"]!["symbol"] = "circle-open";
        startMarks["marker"]!["size"] = 8;
        startMarks["hoverinfo"] = "x+y";
        data.Add(startMarks);
        var pathTrace = Traces.Scatter("path", [], [], "lines+markers", ChartColors.Of(0), 2.5);
        pathTrace["marker"]!["size"] = 4;
        AddOpening(data, [pathTrace, Traces.Ball("ball", color: ChartColors.Of(0), size: 15), Traces.Readout()], FrameTraces(0, openStart, SurfaceFrames - 1));
        int[] moving = [2, 3, 4];
        // Path and ball take their optimizer's colour in every frame, so playing after a button press keeps it.
        var frames = new JsonArray();
        for (var o = 0; o < offered.Count; o++)
            for (var s = 0; s < starts.Count; s++)
                for (var f = 0; f < SurfaceFrames; f++)
                {
                    var traces = FrameTraces(o, s, f);
                    var ballFrame = new JsonObject { ["x"] = traces[1]["x"]!.DeepClone(), ["y"] = traces[1]["y"]!.DeepClone(), ["marker"] = new JsonObject { ["color"] = ChartColors.Of(o), ["size"] = 15, ["line"] = new JsonObject { ["color"] = "#222", ["width"] = 1.5 } } };
                    var pathFrame = (JsonObject)traces[0].DeepClone();
                    pathFrame["line"] = new JsonObject { ["color"] = ChartColors.Of(o), ["width"] = 2.5 };
                    pathFrame["marker"] = new JsonObject { ["color"] = ChartColors.Of(o), ["size"] = 4 };
                    frames.Add(Frame(SurfaceFrame(o, s, f), $"o{o}-s{s}", [pathFrame, ballFrame, traces[2]], moving));
                }

        var layout = Style.Layout(Style.OrDefault(title, $"Optimizers on {surface.Name}"),
            Style.Axis(surface.CoordinateNames[0], range: range[0]), Style.Axis(surface.CoordinateNames[1], range: range[1]), width: 760, height: 720);
        // Equal aspect: a round bowl looks round and a path's angles are true.
        layout["yaxis"]!["scaleanchor"] = "x";
        layout["yaxis"]!["scaleratio"] = 1;
        layout["showlegend"] = false;
        layout["margin"]!["b"] = 130;
        var buttons = new JsonArray();
        for (var o = 0; o < offered.Count; o++)
        {
            var restyle = Restyle(FrameTraces(o, openStart, SurfaceFrames - 1));
            restyle["marker.color"] = FiniteJson.Strings([ChartColors.Of(o), ChartColors.Of(o), "#222"]);
            restyle["line.color"] = FiniteJson.Strings([ChartColors.Of(o), "#222", "#222"]);
            buttons.Add(Choice(labels[o], restyle, ShowOnlySlider(0, offered.Count, o, openStart), moving));
        }
        layout["updatemenus"] = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "buttons", ["direction"] = "right", ["active"] = 0, ["showactive"] = true,
                ["x"] = 0, ["y"] = 1.02, ["xanchor"] = "left", ["yanchor"] = "bottom",
                ["pad"] = new JsonObject { ["b"] = 4 },
                ["buttons"] = buttons,
            },
        };
        layout["margin"]!["t"] = 100;
        var sliders = new JsonArray();
        for (var o = 0; o < offered.Count; o++)
        {
            var sliderSteps = new JsonArray();
            // The whole run from a start, one frame after another: choosing a start plays it.
            for (var s = 0; s < starts.Count; s++)
                sliderSteps.Add(AnimateStep($"({Show(starts[s])})", FiniteJson.Strings(Enumerable.Range(0, SurfaceFrames).Select(f => SurfaceFrame(o, s, f))), 80, redraw: true));
            sliders.Add(Slider(sliderSteps, openStart, -0.06, $"{labels[o]} from ", fontSize: 8, visible: o == 0));
        }
        layout["sliders"] = sliders;
        return new Plot(data, layout, frames);
    }

    private static string SurfaceFrame(int optimizer, int start, int frame) => $"o{optimizer}-s{start}-{frame}";

    /// <summary>A point's coordinates as charts show numbers, e.g. "1.5, -0.25".</summary>
    private static string Show(double[] point) => string.Join(", ", point.Select(ChartNumber.Show));
}
