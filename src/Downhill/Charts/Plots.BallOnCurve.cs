using System.Globalization;
using System.Text.Json.Nodes;
namespace Downhill;

public static partial class Plots
{
    private const int CurveSamples = 400;

    /// <summary>
    /// A ball rolling down a 1-D curve: the curve, the path the ball took, and the ball itself, animated
    /// one frame per position (frame "k" shows the ball after k steps) with a play/pause button and a step
    /// slider. The chart opens on the last step so a printed page shows the whole story.
    /// </summary>
    public static Plot BallOnCurve(Landscape curve, Trajectory run, string? title = null)
    {
        const string chart = nameof(BallOnCurve);
        Guard.Landscape(curve, 1, chart);
        Guard.Runs([Guard.NotNull(run, "the run")], 1, chart);

        var xs = run.Positions.Select(p => p[0]).ToArray();
        var ys = run.Losses.ToArray();
        var view = CurveView(curve, xs);
        var curveX = Sampling.Linspace(view.Min, view.Max, CurveSamples);
        var yView = Sampling.Pad(Sampling.FiniteExtent(curveX.Select(curve.Value)) ?? (0, 1), 0.08);
        var color = ChartColors.Of(0);

        var data = new JsonArray
        {
            Traces.Curve(curve, curveX, "x"),
            PathTrace(run.Label, xs, ys, color),
            TrailTrace(run.Label, xs, ys, run.Steps, color),
            BallTrace(xs[^1], ys[^1], run.Steps),
        };
        var layout = Style.Layout(
            Style.OrDefault(title, $"{run.Label} on {curve.Name}"),
            Style.Axis("x", range: view),
            Style.Axis("Q(x)", range: yView));
        layout["margin"]!["b"] = 120; // room for the slider under the axis
        layout["updatemenus"] = new JsonArray { PlayPause(playFrames: null) };
        layout["sliders"] = new JsonArray { StepSlider(Enumerable.Range(0, run.Positions.Count).Select(FrameName).ToList(), active: run.Positions.Count - 1) };
        var notes = new JsonArray();
        if (run.Outcome == RunOutcome.Diverged)
        {
            // The ball has usually flown far out of the view by then: mark the last step still in sight.
            var text = LossAxis.Step.Diverged(run.DivergenceStep);
            var shown = Enumerable.Range(0, xs.Length).LastOrDefault(k => Sampling.Inside(xs[k], ys[k], view, yView), 0);
            if (shown < run.Steps) text += $" (out of view after step {shown})";
            var (marker, note) = Traces.Divergence(run.Label, xs[shown], ys[shown], text, xView: view);
            data.Add(marker);
            notes.Add(note);
        }
        layout["annotations"] = notes;

        var frames = new JsonArray();
        for (var k = 0; k < xs.Length; k++)
            frames.Add(new JsonObject
            {
                ["name"] = FrameName(k),
                ["data"] = new JsonArray { TrailTrace(run.Label, xs, ys, k, color), BallTrace(xs[k], ys[k], k) },
                // Only the trail and the ball move; the faint whole path stays, so a frame holds a few points, not the run.
                ["traces"] = new JsonArray { 2, 3 },
            });
        return new Plot(data, layout, frames);
    }

    /// <summary>The x range to draw: the curve's own range, widened to follow the ball, but at most four widths further.</summary>
    private static (double Min, double Max) CurveView(Landscape curve, double[] xs)
    {
        var (min, max) = curve.PlotRange[0];
        var width = max - min;
        var path = Sampling.FiniteExtent(xs) ?? (min, max);
        return Sampling.Pad((Math.Max(Math.Min(min, path.Min), min - 4 * width), Math.Min(Math.Max(max, path.Max), max + 4 * width)), 0.03);
    }

    private static JsonObject PathTrace(string label, double[] xs, double[] ys, string color)
    {
        var path = Traces.Scatter($"{label}: path", xs, ys, "lines+markers", color, 1.5);
        // The whole path stays visible under the moving ball: a solid line, lighter than the trail but easy to follow.
        path["marker"]!["size"] = 5;
        path["opacity"] = 0.6;
        return path;
    }

    /// <summary>How many of the latest steps the trail behind the ball shows.</summary>
    private const int TrailSteps = 8;

    /// <summary>The last few steps up to step k, drawn solid behind the ball so its motion reads while playing.</summary>
    private static JsonObject TrailTrace(string label, double[] xs, double[] ys, int step, string color)
    {
        var from = Math.Max(0, step - TrailSteps);
        var trail = Traces.Scatter($"{label}: last {TrailSteps} steps", xs[from..(step + 1)], ys[from..(step + 1)], "lines+markers", color, 2.5);
        trail["showlegend"] = false;
        trail["hoverinfo"] = "skip";
        return trail;
    }

    private static JsonObject BallTrace(double x, double y, int step)
    {
        var ball = Traces.Ball("ball", [x], [y]);
        ball["hovertext"] = $"step {step}: x = {x.ToString("G6", CultureInfo.InvariantCulture)}, Q = {y.ToString("G6", CultureInfo.InvariantCulture)}";
        ball["hoverinfo"] = "text";
        return ball;
    }
}
