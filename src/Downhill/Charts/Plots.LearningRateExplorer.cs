using System.Globalization;
using System.Text.Json.Nodes;
namespace Downhill;

public static partial class Plots
{
    /// <summary>The source text's three rates: too small, just right, explodes (on 2x²).</summary>
    public static IReadOnlyList<double> SourceRates { get; } = [0.02, 0.15, 0.85];

    /// <summary>
    /// The learning-rate explorer: a ball rolling down a 1-D curve under plain gradient descent, with an α slider
    /// over log-spaced rates from 0.01 to 1 (plus 0.02, 0.15, 0.85, <paramref name="alpha"/> and the curve's largest
    /// stable step, labelled "2/L"), a step slider with Play/Pause, and a readout: step k, w, Q(w), slope and status
    /// (rolling, crawling, oscillating, converged or diverged at step k). Every run is <see cref="Descent.Run"/> with
    /// <see cref="GradientDescent"/>, so the readout shows the library's numbers; a ball that blows up is pinned to the
    /// view's edge and marked ✕. It opens on <paramref name="alpha"/> at its last step. A frame per rate and step
    /// carries only the trail, the ball and the readout, so the figure stays well under 1.5 MB.
    /// </summary>
    /// <param name="curve">A 1-D landscape.</param>
    /// <param name="start">Where the ball starts.</param>
    /// <param name="alpha">The rate the explorer opens on (your knob's value); added to the set when missing.</param>
    /// <param name="steps">The most steps each run takes (1 to 200).</param>
    /// <param name="title">The chart title; by default "Learning-rate explorer on …".</param>
    public static Plot LearningRateExplorer(Landscape curve, double start, double alpha = 0.15, int steps = 40, string? title = null)
    {
        const string chart = nameof(LearningRateExplorer);
        Guard.Landscape(curve, 1, chart);
        start = Guard.Start(curve, start, chart);
        Guard.LearningRate(alpha);
        Guard.Steps(steps, 200, chart);

        var stable = StableStep(curve);
        var rates = ExplorerRates(alpha, stable);
        var xView = Sampling.Pad(curve.PlotRange[0], 0.03);
        var yView = CurvePanel.YViewWithReadout(curve, xView);
        var panels = rates.Select(rate => new CurvePanel(
            curve,
            Descent.Run(curve, new GradientDescent(rate), [start], steps),
            xView, yView, $"α = {RateLabel(rate)}", ChartColors.Of(0))).ToList();
        var opening = rates.IndexOf(alpha);
        var readoutAt = (X: xView.Min, Y: yView.Max);

        var data = new JsonArray { Traces.Curve(curve, Sampling.Linspace(xView.Min, xView.Max, CurveSamples), "w") };
        foreach (var trace in panels[opening].InitialTraces(steps, readoutAt.X, readoutAt.Y, "x", "y")) data.Add(trace);
        int[] moving = [1, 2, 3, 4];

        var frames = new JsonArray();
        for (var i = 0; i < rates.Count; i++)
            for (var k = 0; k <= steps; k++)
                frames.Add(Frame(RateFrame(i, k), RateGroup(i), panels[i].FrameTraces(k, readoutAt.X, readoutAt.Y), moving));

        var layout = Style.Layout(
            Style.OrDefault(title, $"Learning-rate explorer on {curve.Name}"),
            Style.Axis("w", range: xView), Style.Axis("Q(w)", range: yView), height: 640);
        // Under the axis, top to bottom: the α slider, then Play/Pause beside the step slider — low enough that the
        // buttons clear the α slider's labels.
        layout["margin"]!["b"] = 230;
        layout["showlegend"] = false;
        layout["updatemenus"] = new JsonArray { PlayPause(JsonValue.Create(RateGroup(opening)), y: -0.43, redraw: true) };
        var sliders = new JsonArray { RateSlider(rates, stable, opening, panels, steps, readoutAt, moving) };
        for (var i = 0; i < rates.Count; i++)
            sliders.Add(StepSlider(Enumerable.Range(0, steps + 1).Select(k => RateFrame(i, k)).ToList(), steps, y: -0.39, redraw: true, visible: i == opening));
        layout["sliders"] = sliders;
        return new Plot(data, layout, frames);
    }

    /// <summary>2/L from the curve's Hessian (at its deepest known minimum when the curvature varies); null when unknown.</summary>
    internal static double? StableStep(Landscape curve)
    {
        var at = curve.KnownMinima.Count > 0 ? curve.KnownMinima[0] : [0.0];
        var hessian = curve.Hessian(at);
        if (hessian is null || Curvature.Largest(hessian) <= 0) return null;
        return Curvature.LargestStableStep(hessian);
    }

    /// <summary>0.01 to 1 in fifths of a decade (two significant digits), with the special rates added and close grid rates dropped.</summary>
    private static List<double> ExplorerRates(double alpha, double? stable)
    {
        var special = SourceRates.Append(alpha).Concat(stable is { } s ? [s] : []).Distinct().ToList();
        var grid = Enumerable.Range(0, 11).Select(j => double.Parse((0.01 * Math.Pow(10, j / 5.0)).ToString("G2", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
        return grid.Where(g => special.All(x => Math.Abs(Math.Log(g / x)) > Math.Log(1.2))).Concat(special).Order().ToList();
    }

    private static string RateLabel(double rate) => rate.ToString("G3", CultureInfo.InvariantCulture);

    private static string RateFrame(int rate, int step) => $"a{rate}-{step}";

    private static string RateGroup(int rate) => $"a{rate}";

    /// <summary>
    /// The α slider. plotly gives one slider step one method, so a step "update"s: it restyles the ball, trail and
    /// readout to that rate's last step, shows that rate's step slider (hiding the others) and points Play at its frames.
    /// </summary>
    private static JsonObject RateSlider(List<double> rates, double? stable, int opening, List<CurvePanel> panels, int steps, (double X, double Y) readoutAt, int[] moving)
    {
        var sliderSteps = new JsonArray();
        for (var i = 0; i < rates.Count; i++)
        {
            var relayout = ShowOnlySlider(1, rates.Count, i, steps);
            relayout["updatemenus[0].buttons[0].args[0]"] = RateGroup(i);
            var label = RateLabel(rates[i]) + (stable is { } s && rates[i] == s ? " = 2/L" : "");
            sliderSteps.Add(Choice(label, Restyle(panels[i].FrameTraces(steps, readoutAt.X, readoutAt.Y)), relayout, moving));
        }
        return Slider(sliderSteps, opening, -0.12, "learning rate α = ", fontSize: 10);
    }
}
