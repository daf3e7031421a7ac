using System.Text.Json.Nodes;
namespace Downhill;

public static partial class Plots
{
    /// <summary>
    /// Three learning rates side by side, in lockstep: one figure with a panel per rate (by default the source
    /// text's 0.02, 0.15 and 0.85), the same curve and start in each, and one Play button and one step slider
    /// driving all three balls together, each panel with its own readout (step, w, Q(w), slope, status).
    /// Runs are <see cref="Descent.Run"/> with <see cref="GradientDescent"/>; a ball that blows up is pinned to its
    /// panel's edge and marked ✕. Frames: one per step (named "k"), each carrying the three trails (last six
    /// positions), balls and readouts — a few kilobytes a frame, far under 1.5 MB.
    /// </summary>
    /// <param name="curve">A 1-D landscape.</param>
    /// <param name="start">Where the three balls start.</param>
    /// <param name="rates">Exactly three learning rates; by default <see cref="SourceRates"/>.</param>
    /// <param name="steps">The most steps each run takes (1 to 200).</param>
    /// <param name="title">The chart title; by default "Three learning rates in lockstep on …".</param>
    public static Plot LockstepRates(Landscape curve, double start, IReadOnlyList<double>? rates = null, int steps = 30, string? title = null)
    {
        const string chart = nameof(LockstepRates);
        ChartInput.Landscape(curve, 1, chart);
        start = ExplorerInput.Start(curve, start, chart);
        ExplorerInput.Steps(steps, 200, chart);
        var three = rates ?? SourceRates;
        if (three.Count != 3) throw new ArgumentException($"{chart} shows exactly three rates side by side; got {three.Count}.");
        foreach (var rate in three) Guard.LearningRate(rate);

        var xView = Sampling.Pad(curve.PlotRange[0], 0.03);
        var yView = CurvePanel.YViewWithReadout(curve, xView);
        var panels = three.Select((rate, i) => new CurvePanel(
            curve, Descent.Run(curve, new GradientDescent(rate), [start], steps), xView, yView,
            $"α = {RateLabel(rate)}", ChartColors.Palette[i])).ToList();

        var curveX = Sampling.Linspace(xView.Min, xView.Max, CurveSamples);
        var curveY = curveX.Select(curve.Value).ToArray();
        var data = new JsonArray();
        var moving = new List<int>();
        for (var p = 0; p < 3; p++)
        {
            var (xAxis, yAxis) = PanelAxes(p);
            var line = Traces.Scatter(curve.Name, curveX, curveY, "lines", "#555", 2);
            line["xaxis"] = xAxis;
            line["yaxis"] = yAxis;
            line["showlegend"] = false;
            data.Add(line);
            foreach (var trace in panels[p].InitialTraces(0, xView.Min, yView.Max, xAxis, yAxis))
            {
                moving.Add(data.Count);
                data.Add(trace);
            }
        }

        var frames = new JsonArray();
        for (var k = 0; k <= steps; k++)
            frames.Add(Frame(FrameName(k), "steps", panels.SelectMany(panel => panel.FrameTraces(k, xView.Min, yView.Max)), [.. moving]));

        var layout = Style.Layout(ChartInput.Text(title, $"Three learning rates in lockstep on {curve.Name}"), width: 1020, height: 480);
        layout["showlegend"] = false;
        layout["margin"]!["b"] = 130;
        for (var p = 0; p < 3; p++)
        {
            var suffix = p == 0 ? "" : (p + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var xAxis = Style.Axis("w", range: xView);
            xAxis["domain"] = new JsonArray(p * 0.345, p * 0.345 + 0.31);
            xAxis["anchor"] = "y" + suffix;
            var yAxis = Style.Axis(p == 0 ? "Q(w)" : "", range: yView);
            yAxis["anchor"] = "x" + suffix;
            layout["xaxis" + suffix] = xAxis;
            layout["yaxis" + suffix] = yAxis;
        }
        layout["updatemenus"] = new JsonArray { PlayPause(playFrames: null, y: -0.2, redraw: true) };
        layout["sliders"] = new JsonArray { StepSlider(Enumerable.Range(0, steps + 1).Select(FrameName).ToList(), active: 0, y: -0.14, redraw: true) };
        return new Plot(data, layout, frames);
    }

    private static (string X, string Y) PanelAxes(int panel) => panel == 0 ? ("x", "y") : ($"x{panel + 1}", $"y{panel + 1}");
}
