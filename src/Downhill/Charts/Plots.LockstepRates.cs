using System.Text.Json.Nodes;
namespace Downhill;

public static partial class Plots
{
    /// <summary>
    /// Three learning rates in lockstep, one above the other: one figure with a panel per rate (by default the source
    /// text's 0.02, 0.15 and 0.85), the same curve and start in each, and one Play button and one step slider
    /// driving all three balls together, each panel with its own readout (step, w, Q(w), slope, status).
    /// Runs are <see cref="Descent.Run"/> with <see cref="GradientDescent"/>; a ball that blows up is pinned to its
    /// panel's edge and marked ✕.
    /// </summary>
    /// <param name="curve">A 1-D landscape.</param>
    /// <param name="start">Where the three balls start.</param>
    /// <param name="rates">Exactly three learning rates; by default <see cref="SourceRates"/>.</param>
    /// <param name="steps">The most steps each run takes (1 to 200).</param>
    /// <param name="title">The chart title; by default "Three learning rates in lockstep on …".</param>
    public static Plot LockstepRates(Landscape curve, double start, IReadOnlyList<double>? rates = null, int steps = 30, string? title = null)
    {
        const string chart = nameof(LockstepRates);
        Guard.Landscape(curve, 1, chart);
        start = Guard.Start(curve, start, chart);
        Guard.Steps(steps, 200, chart);
        var three = rates ?? SourceRates;
        if (three.Count != 3) throw new ArgumentException($"{chart} shows exactly three rates side by side; got {three.Count}.");
        foreach (var rate in three) Guard.LearningRate(rate);

        var xView = Sampling.Pad(curve.PlotRange[0], 0.03);
        var yView = CurvePanel.YViewWithReadout(curve, xView);
        var panels = three.Select((rate, i) => new CurvePanel(
            curve, Descent.Run(curve, new GradientDescent(rate), [start], steps), xView, yView,
            $"α = {RateLabel(rate)}", ChartColors.Of(i))).ToList();

        // One panel above the other, so the trio fits an 800-px output area (VS Code's, the kit's page) with every rate
        // in sight: side by side it was 1,020 px wide and the exploding panel sat behind a scrollbar.
        const int panelHeight = 230, top = 72, bottom = 130, gap = 50; // top: the title's band under the mode bar (TitleRoom)
        var plotHeight = 3 * panelHeight + 2 * gap;
        var layout = Style.Layout(Style.OrDefault(title, $"Three learning rates in lockstep on {curve.Name}"), width: Style.Width, height: top + plotHeight + bottom);
        layout["showlegend"] = false;
        layout["margin"]!["t"] = top;
        layout["margin"]!["b"] = bottom;

        var curveX = Sampling.Linspace(xView.Min, xView.Max, CurveSamples);
        var curveY = curveX.Select(curve.Value).ToArray();
        var data = new JsonArray();
        var moving = new List<int>();
        for (var p = 0; p < 3; p++)
        {
            var suffix = p == 0 ? "" : (p + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var line = Traces.Scatter(curve.Name, curveX, curveY, "lines", ChartColors.Curve, 2);
            line["xaxis"] = "x" + suffix;
            line["yaxis"] = "y" + suffix;
            line["showlegend"] = false;
            data.Add(line);
            foreach (var trace in panels[p].InitialTraces(0, xView.Min, yView.Max, "x" + suffix, "y" + suffix))
            {
                moving.Add(data.Count);
                data.Add(trace);
            }
            var xAxis = Style.Axis(p == 2 ? "w" : "", range: xView);
            xAxis["anchor"] = "y" + suffix;
            var yAxis = Style.Axis("Q(w)", range: yView);
            var upper = 1 - (double)p * (panelHeight + gap) / plotHeight;
            yAxis["domain"] = new JsonArray(upper - (double)panelHeight / plotHeight, upper);
            yAxis["anchor"] = "x" + suffix;
            layout["xaxis" + suffix] = xAxis;
            layout["yaxis" + suffix] = yAxis;
        }

        var frames = new JsonArray();
        for (var k = 0; k <= steps; k++)
            frames.Add(Frame(FrameName(k), "steps", panels.SelectMany(panel => panel.FrameTraces(k, xView.Min, yView.Max)), [.. moving]));
        // The controls sit the same number of pixels under the bottom panel as they did under the row of three.
        layout["updatemenus"] = new JsonArray { PlayPause(playFrames: null, y: -58.0 / plotHeight, redraw: true) };
        layout["sliders"] = new JsonArray { StepSlider(Enumerable.Range(0, steps + 1).Select(FrameName).ToList(), active: 0, y: -40.0 / plotHeight, redraw: true) };
        return new Plot(data, layout, frames);
    }
}
