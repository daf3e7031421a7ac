using System.Globalization;
using System.Text.Json.Nodes;
namespace Downhill;

public static partial class Plots
{
    /// <summary>The momentum values the drop-the-ball β slider offers by default (0 is plain gradient descent).</summary>
    /// <remarks>Every 0.02 from 0.8 to 0.9, where a ball starts to carry over a hump, so the slider can narrow that β down.</remarks>
    public static IReadOnlyList<double> DropTheBallBetas { get; } = [0, 0.5, 0.8, 0.82, 0.84, 0.86, 0.88, 0.9, 0.95];

    /// <summary>
    /// Drop the ball: a start-position slider over the curve's whole drawn range (every <paramref name="spacing"/>)
    /// and a β (momentum) slider. For each start and β the ball rolls with <see cref="Momentum"/>(α, β)
    /// (<see cref="GradientDescent"/> when β = 0) through <see cref="Descent.Run"/>; the chart shows its path, where it
    /// stopped, and a readout naming the valley it ended in and whether that is the deepest — so a student can look
    /// for the β that carries the ball over a hump into the deeper valley. Each path is thinned to at most 60 points
    /// that follow the ball (<see cref="Thinning.PathSteps"/>), so 141 starts × 9 β stay a few megabytes. Moving the β
    /// slider drops the ball again from <paramref name="start"/>: a plotly slider cannot read the other slider's position.
    /// </summary>
    /// <param name="curve">A 1-D landscape, e.g. <c>Landscape.ManyValleys()</c> or the tilted double well <c>Landscape.Quartic()</c>.</param>
    /// <param name="start">The start the chart opens on, exactly (added to the slider's round-number starts when it is not one of them).</param>
    /// <param name="alpha">The learning rate of every run.</param>
    /// <param name="beta">The momentum the chart opens on; added to the β set when missing.</param>
    /// <param name="spacing">The distance between neighbouring starts; by default the round number (1, 2 or 5 × 10ᵏ) at or just above 1/140 of the drawn range.</param>
    /// <param name="steps">The most steps each run takes (1 to 2000).</param>
    /// <param name="title">The chart title; by default "Drop the ball on …".</param>
    public static Plot DropTheBall(Landscape curve, double start, double alpha = 0.05, double beta = 0, double? spacing = null, int steps = 400, string? title = null)
    {
        const string chart = nameof(DropTheBall);
        Guard.Landscape(curve, 1, chart);
        start = Guard.Start(curve, start, chart);
        Guard.LearningRate(alpha);
        if (!(beta >= 0 && beta < 1)) throw new ArgumentException($"{chart} needs a momentum β from 0 up to (not including) 1; got {Guard.Show(beta)}.");
        Guard.Steps(steps, 2000, chart);
        var (min, max) = curve.PlotRange[0];
        var gap = spacing ?? RoundStep((max - min) / 140);
        if (!(gap > 0) || (max - min) / gap > 400)
            throw new ArgumentException($"{chart} needs a start spacing above 0 giving at most 400 starts over {Guard.Show(min)} to {Guard.Show(max)}; got {Guard.Show(gap)}.");

        // The starts are the multiples of the spacing in the drawn range (round numbers on the slider), plus the start the
        // chart opens on, exactly: the lesson's own run from that start and the chart's must be the same run.
        var grid = Enumerable.Range(0, (int)Math.Floor(max / gap + 1e-9) - (int)Math.Ceiling(min / gap - 1e-9) + 1)
            .Select(j => Math.Round((Math.Ceiling(min / gap - 1e-9) + j) * gap, 10));
        var starts = grid.Where(g => Math.Abs(g - start) > 1e-9 * Math.Max(1, Math.Abs(start))).Append(start).Order().ToList();
        var betas = DropTheBallBetas.Append(beta).Distinct().Order().ToList();
        var runs = betas.Select(b => starts.Select(s => Descent.Run(curve, b == 0 ? new GradientDescent(alpha) : new Momentum(alpha, b), [s], steps)).ToList()).ToList();
        var (valley, names, bottoms) = Valleys.Assign(curve, runs.SelectMany(r => r).ToList());
        var deepest = bottoms.Count == 0 ? -1 : Enumerable.Range(0, bottoms.Count).MinBy(v => curve.Value(bottoms[v]));

        var xView = Sampling.Pad(curve.PlotRange[0], 0.03);
        var yView = CurvePanel.YViewWithReadout(curve, xView);
        var openStart = starts.IndexOf(start);
        var openBeta = betas.IndexOf(beta);
        var readoutAt = (X: xView.Min, Y: yView.Max);

        JsonObject[] FrameTraces(int b, int j)
        {
            var run = runs[b][j];
            var xs = run.Positions.Select(p => p[0]).ToList();
            var picked = Thinning.PathSteps(xs, (xView.Max - xView.Min) / 100, most: 60);
            var clip = (double w) => (X: Math.Clamp(w, xView.Min, xView.Max), Y: Math.Clamp(curve.Value(w), yView.Min, yView.Max));
            var path = picked.Select(k => clip(xs[k])).ToList();
            var end = clip(xs[^1]);
            var v = valley[b * starts.Count + j];
            var ending = run.Outcome == RunOutcome.Diverged
                ? $"diverged at step {run.DivergenceStep}"
                : $"{(run.Outcome == RunOutcome.Converged ? $"settles after {run.Steps} steps" : $"still moving after {run.Steps} steps")} in the {names[v]}" +
                  (v == deepest ? " — the deepest" : $" — not the deepest ({names[deepest]})");
            var readout = $"dropped at w = {ChartNumber.Show(starts[j])}, α = {RateLabel(alpha)}, β = {RateLabel(betas[b])}<br>ends at w = {ChartNumber.Show(xs[^1])}, Q(w) = {ChartNumber.Show(run.FinalLoss)}<br>{ending}";
            return
            [
                Traces.Points(path.Select(p => p.X), path.Select(p => p.Y), rounded: true),
                Traces.Points([starts[j]], [curve.Value(starts[j])], rounded: true),
                Traces.Points([end.X], [end.Y]),
                // Exactly at the view's top corner: rounded for drawing it could land above the axis and be clipped away.
                Traces.Points([readoutAt.X], [readoutAt.Y], readout),
            ];
        }

        var data = new JsonArray { Traces.Curve(curve, Sampling.Linspace(xView.Min, xView.Max, CurveSamples), "w") };
        var path = Traces.Scatter("path", [], [], "lines+markers", ChartColors.Of(1), 2);
        path["marker"]!["size"] = 5;
        path["opacity"] = 0.7;
        var dropped = Traces.Scatter("dropped here", [], [], "markers", "#222");
        dropped["marker"]!["symbol"] = "triangle-down";
        dropped["marker"]!["size"] = 13;
        AddOpening(data, [path, dropped, Traces.Ball("where it stops"), Traces.Readout()], FrameTraces(openBeta, openStart));
        int[] moving = [1, 2, 3, 4];

        var frames = new JsonArray();
        for (var b = 0; b < betas.Count; b++)
            for (var j = 0; j < starts.Count; j++)
                frames.Add(Frame(DropFrame(b, j), $"b{b}", FrameTraces(b, j), moving));

        var layout = Style.Layout(Style.OrDefault(title, $"Drop the ball on {curve.Name}"), Style.Axis("w", range: xView), Style.Axis("Q(w)", range: yView), height: 620);
        layout["showlegend"] = false;
        layout["margin"]!["b"] = 200;
        var betaSteps = new JsonArray();
        for (var b = 0; b < betas.Count; b++)
            betaSteps.Add(Choice(RateLabel(betas[b]), Restyle(FrameTraces(b, openStart)), ShowOnlySlider(1, betas.Count, b, openStart), moving));
        var sliders = new JsonArray { Slider(betaSteps, openBeta, -0.3, "momentum β = ", len: 0.5) };
        for (var b = 0; b < betas.Count; b++)
        {
            var stepsOfStart = new JsonArray();
            for (var j = 0; j < starts.Count; j++)
                stepsOfStart.Add(AnimateStep(starts[j].ToString("0.###", CultureInfo.InvariantCulture), FiniteJson.Strings([DropFrame(b, j)]), 0, redraw: true));
            sliders.Add(Slider(stepsOfStart, openStart, -0.1, "drop the ball at w = ", fontSize: 9, visible: b == openBeta));
        }
        layout["sliders"] = sliders;
        return new Plot(data, layout, frames);
    }

    private static string DropFrame(int beta, int start) => $"b{beta}-{start}";

    /// <summary>The round number (1, 2 or 5 times a power of ten) nearest above <paramref name="step"/>, so slider labels read 0.1, 0.02…</summary>
    private static double RoundStep(double step)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(step)));
        var mantissa = step / power;
        const double slack = 1 + 1e-9; // 0.1 / 10⁻¹ is a hair above 1 in floating point
        return (mantissa <= slack ? 1 : mantissa <= 2 * slack ? 2 : mantissa <= 5 * slack ? 5 : 10) * power;
    }
}
