using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Downhill.Testing;

namespace Downhill.Notebooks.Tests.Browser;

/// <summary>
/// The explorers in headless Chromium with the kit's plotly.js: sliders and buttons are clicked with the mouse, and the
/// readout drawn in the chart and the traces plotly.js holds afterwards are compared with the library's own runs.
/// Each test leaves a screenshot in artifacts/explorers/ for a person to judge.
/// </summary>
public class ExplorerPageTests
{
    private const string Chart = "document.querySelector('.downhill-plot')";

    private static async Task<(HeadlessChromium Chromium, IPage Page, List<string> Errors)> OpenAsync(Plot plot)
    {
        var folder = RepositoryPaths.NewTempFolder("downhill-explorer");
        var file = Path.Combine(folder, "explorer.html");
        File.WriteAllText(file, $"""
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>explorer</title></head><body>
            <script>{PlotlyScript.Source.Replace("</script", "<\\/script")}</script>
            {plot.ToHtml()}
            </body></html>
            """);
        var chromium = await HeadlessChromium.LaunchAsync();
        var errors = new List<string>();
        var page = await chromium.OpenAsync(file, errors);
        Assert.Equal(1, await PageChecks.ChartsDrawnAsync(page));
        await page.WaitForFunctionAsync($"() => {Chart}._transitionData && {Chart}._transitionData._frames.length === {plot.FrameCount}", null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        return (chromium, page, errors);
    }

    /// <summary>Clicks slider <paramref name="slider"/>'s step <paramref name="step"/> where a person would: on the rail, at that step's tick.</summary>
    private static async Task ClickSliderStepAsync(IPage page, int slider, int step)
    {
        var point = await page.EvaluateAsync<JsonElement>($$"""
            () => {
              const group = [...{{Chart}}.querySelectorAll('g.slider-group')].find(g => g.__data__ && g.__data__._index === {{slider}});
              if (!group) return null;
              const tick = group.querySelectorAll('.slider-tick-rect')[{{step}}].getBoundingClientRect();
              const rail = group.querySelector('.slider-rail-touch-rect').getBoundingClientRect();
              return { x: tick.x + tick.width / 2, y: rail.y + rail.height / 2 };
            }
            """);
        Assert.True(point.ValueKind == JsonValueKind.Object, $"slider {slider} is not drawn");
        await page.Mouse.ClickAsync(point.GetProperty("x").GetSingle(), point.GetProperty("y").GetSingle());
        await page.WaitForFunctionAsync($"() => {Chart}._fullLayout.sliders[{slider}].active === {step}", null, new PageWaitForFunctionOptions { Timeout = 10_000 });
    }

    /// <summary>The readouts as drawn: the text of every text point in the chart, lines joined by " | ".</summary>
    private static Task<string[]> ReadoutsAsync(IPage page) => page.EvaluateAsync<string[]>($$"""
        () => [...{{Chart}}.querySelectorAll('.scatterlayer .textpoint text')]
                .map(t => [...t.querySelectorAll('tspan.line')].map(l => l.textContent).join(' | ') || t.textContent)
        """);

    private static async Task<string> WaitForReadoutAsync(IPage page, string wanted)
    {
        var expression = $$"""
            () => [...{{Chart}}.querySelectorAll('.scatterlayer .textpoint text')].some(t => t.textContent.includes({{JsonSerializer.Serialize(wanted)}}))
            """;
        try { await page.WaitForFunctionAsync(expression, null, new PageWaitForFunctionOptions { Timeout = 10_000 }); }
        catch (TimeoutException) { Assert.Fail($"no readout showed \"{wanted}\" within 10 s; drawn: {string.Join(" / ", await ReadoutsAsync(page))}"); }
        return string.Join(" / ", await ReadoutsAsync(page));
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "artifacts", "explorers")).FullName;
        await page.Locator(".downhill-plot").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(folder, name + ".png") });
    }

    private static int LabelIndex(Plot plot, int slider, string label)
    {
        var steps = JsonDocument.Parse(plot.ToJson()).RootElement.GetProperty("layout").GetProperty("sliders")[slider].GetProperty("steps");
        var labels = steps.EnumerateArray().Select(s => s.GetProperty("label").GetString()).ToList();
        var index = labels.IndexOf(label);
        Assert.True(index >= 0, $"slider {slider} has no step labelled {label}: {string.Join(", ", labels)}");
        return index;
    }

    private static string Show(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_rate_slider_shows_divergence_at_the_library_step_then_convergence_and_the_step_slider_the_library_position()
    {
        var curve = Landscape.Parabola(a: 2);
        var plot = Plots.LearningRateExplorer(curve, start: 2.5, alpha: 0.15, steps: 40);
        var (chromium, page, errors) = await OpenAsync(plot);
        await using var _ = chromium;

        var exploding = Descent.Run(curve, new GradientDescent(0.85), [2.5], 40);
        Assert.Equal(RunOutcome.Diverged, exploding.Outcome);
        await ClickSliderStepAsync(page, 0, LabelIndex(plot, 0, "0.85"));
        await WaitForReadoutAsync(page, $"status: diverged at step {exploding.DivergedAtStep}");
        await ScreenshotAsync(page, "learning-rate-explorer-0.85");

        var settling = Descent.Run(curve, new GradientDescent(0.15), [2.5], 40);
        var rate = LabelIndex(plot, 0, "0.15");
        await ClickSliderStepAsync(page, 0, rate);
        await WaitForReadoutAsync(page, $"status: converged at step {settling.Steps}");

        // The step slider of 0.15 (slider rate + 1, now the one shown) to step 5: the ball is where the library's run was.
        await ClickSliderStepAsync(page, rate + 1, 5);
        var readout = await WaitForReadoutAsync(page, "· step 5");
        Assert.Contains($"w = {Show(settling.Positions[5][0])}", readout);
        var ball = await page.EvaluateAsync<double>($"() => {Chart}.data[2].x[0]");
        Assert.Equal(settling.Positions[5][0], ball);
        await ScreenshotAsync(page, "learning-rate-explorer");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_lockstep_trio_plays_its_three_balls_together()
    {
        var curve = Landscape.Parabola(a: 2);
        var plot = Plots.LockstepRates(curve, start: 2.5, steps: 30);
        var (chromium, page, errors) = await OpenAsync(plot);
        await using var _ = chromium;
        var runs = Plots.SourceRates.Select(r => Descent.Run(curve, new GradientDescent(r), [2.5], 30)).ToList();

        await page.GetByText("▶ Play").ClickAsync();
        var seen = new HashSet<int>();
        for (var look = 0; look < 200 && !seen.Contains(30); look++)
        {
            // All three readouts of one look show the same step: plotly.js holds one frame's data for all panels at a
            // time (the drawn text is read at the end; mid-redraw the SVG can be a panel behind).
            var state = await page.EvaluateAsync<JsonElement>($$"""
                () => ({ texts: [4, 9, 14].map(i => {{Chart}}.data[i].text) })
                """);
            var steps = state.GetProperty("texts").EnumerateArray().Select(t => int.Parse(System.Text.RegularExpressions.Regex.Match(t.GetString()!, "step (\\d+)").Groups[1].Value)).ToList();
            Assert.Equal(3, steps.Count);
            // A run that stopped early (converged or blew up) keeps showing its last step.
            var k = steps.Max();
            Assert.True(Enumerable.Range(0, 3).All(p => steps[p] == Math.Min(k, runs[p].Steps)), $"the panels are not in lockstep: steps {string.Join(", ", steps)}");
            seen.Add(k);
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
        Assert.Contains(30, seen);
        Assert.True(seen.Count > 3, $"Play showed only steps {string.Join(", ", seen)}");

        await ClickSliderStepAsync(page, 0, 4);
        await WaitForReadoutAsync(page, "· step 4");
        var balls = await page.EvaluateAsync<double[]>($"() => [2, 7].map(i => {Chart}.data[i].x[0])");
        Assert.Equal([runs[0].Positions[4][0], runs[1].Positions[4][0]], balls);
        var readouts = string.Join(" / ", await ReadoutsAsync(page));
        Assert.Contains($"w = {Show(runs[2].Positions[4][0])}", readouts);
        await ScreenshotAsync(page, "lockstep-rates");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Dropping_the_ball_at_5_ends_in_the_valley_the_library_reaches_from_5()
    {
        var curve = Landscape.ManyValleys();
        var plot = Plots.DropTheBall(curve, start: -6, alpha: 0.05);
        var (chromium, page, errors) = await OpenAsync(plot);
        await using var _ = chromium;

        await ClickSliderStepAsync(page, 1, LabelIndex(plot, 1, "5"));
        var run = Descent.Run(curve, new GradientDescent(0.05), [5.0], 400);
        var valley = curve.KnownMinima.MinBy(m => Math.Abs(m[0] - run.Final[0]))![0];
        var readout = await WaitForReadoutAsync(page, "dropped at w = 5,");
        Assert.Contains($"ends at w = {Show(run.Final[0])}", readout);
        Assert.Contains($"valley at x ≈ {valley.ToString("0.##", CultureInfo.InvariantCulture)}", readout);

        // A β that carries the ball further: the β slider drops it again from the opening start.
        await ClickSliderStepAsync(page, 0, LabelIndex(plot, 0, "0.9"));
        var after = await WaitForReadoutAsync(page, "β = 0.9");
        Assert.Contains("β = 0.9 |", after);
        await ScreenshotAsync(page, "drop-the-ball");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_surface_explorer_plays_adam_from_a_chosen_start_to_the_library_end()
    {
        var surface = Landscape.Himmelblau();
        var plot = Plots.SurfaceExplorer(surface);
        var (chromium, page, errors) = await OpenAsync(plot);
        await using var _ = chromium;

        await page.GetByText("Adam α=0.1").ClickAsync();
        await page.WaitForFunctionAsync($"() => {Chart}._fullLayout.sliders[3].visible === true");
        await ClickSliderStepAsync(page, 3, 5);
        var adam = Descent.Run(surface, new Adam(0.1), [-1.25, -1.25], 300);
        await WaitForReadoutAsync(page, $"step {adam.Steps}:");
        var ball = await page.EvaluateAsync<double[]>($"() => [{Chart}.data[3].x[0], {Chart}.data[3].y[0]]");
        Assert.Equal(adam.Final, ball);
        await ScreenshotAsync(page, "surface-explorer");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_phase_diagram_marks_its_best_drawn_cell()
    {
        var plot = Plots.MomentumPhaseDiagram();
        var (chromium, page, errors) = await OpenAsync(plot);
        await using var _ = chromium;

        var check = await page.EvaluateAsync<JsonElement>($$"""
            () => {
              const d = {{Chart}}.data, z = d[0].z;
              let best = { steps: Infinity };
              z.forEach((row, r) => row.forEach((v, c) => { if (v !== null && v < best.steps) best = { steps: v, alpha: d[0].x[c], beta: d[0].y[r] }; }));
              return { best, star: { alpha: d[2].x[0], beta: d[2].y[0] }, drawnStars: {{Chart}}.querySelectorAll('.scatterlayer .trace')[0].querySelectorAll('path.point').length };
            }
            """);
        Assert.Equal(check.GetProperty("best").GetProperty("alpha").GetDouble(), check.GetProperty("star").GetProperty("alpha").GetDouble());
        Assert.Equal(check.GetProperty("best").GetProperty("beta").GetDouble(), check.GetProperty("star").GetProperty("beta").GetDouble());
        Assert.Equal(1, check.GetProperty("drawnStars").GetInt32());
        await ScreenshotAsync(page, "momentum-phase-diagram");
        Assert.Empty(errors);
    }
}
