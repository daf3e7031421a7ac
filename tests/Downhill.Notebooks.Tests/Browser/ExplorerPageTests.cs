using Downhill.Notebooks.Formatting;
using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using System.Text.Json.Nodes;
using Downhill.Notebooks.Tests.Hosts;
using Downhill.Testing;

namespace Downhill.Notebooks.Tests.Browser;

/// <summary>
/// The explorers in headless Chromium, on the kit's page (its HTML output, the kit's plotly.js) and as VS Code's Jupyter
/// Renderers draw the plotly MIME type (plotly.js 2.35, nothing of ours runs): sliders and buttons are clicked with the
/// mouse, and the readout drawn in the chart and the traces plotly.js holds afterwards are compared with the library's
/// own runs. Each test leaves a screenshot in artifacts/explorers/ (suffix -vscode for the renderer) for a person to judge.
/// </summary>
public class ExplorerPageTests
{
    /// <summary>Where the explorer is drawn: the kit's own page (its HTML output), or VS Code's Jupyter Renderers drawing the
    /// application/vnd.plotly.v1+json output with plotly.js 2.35 loaded through require.js (no script of ours runs).</summary>
    public enum Host
    {
        KitPage,
        VsCodeRenderer,
    }

    public static TheoryData<Host> Hosts() => [Host.KitPage, Host.VsCodeRenderer];

    private string chart = "document.querySelector('.downhill-plot')";
    private string shotSuffix = "";

    private async Task<(HeadlessChromium Chromium, IPage Page, List<string> Errors)> OpenAsync(Plot plot, Host host)
    {
        var folder = RepositoryPaths.NewTempFolder("downhill-explorer");
        string file;
        if (host == Host.KitPage)
        {
            file = Path.Combine(folder, "explorer.html");
            File.WriteAllText(file, $"""
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>explorer</title></head><body>
                <script>{PlotlyScript.Source.Replace("</script", "<\\/script")}</script>
                {PlotHtml.Render(plot)}
                </body></html>
                """);
        }
        else
        {
            HostPages.RequireAmdLoader();
            HostPages.RequireNpmPlotly("plotly.js-dist-min");
            var output = new JsonObject { ["application/vnd.plotly.v1+json"] = JsonNode.Parse(plot.ToFigureJson()) };
            file = HostPages.PlotlyRenderer(folder, "explorer", [output], HostPages.NpmPlotly("plotly.js-dist-min"));
            chart = "document.querySelector('.renderer-plot')";
            shotSuffix = "-vscode";
        }
        var chromium = await HeadlessChromium.LaunchAsync();
        var errors = new List<string>();
        var page = await chromium.OpenAsync(file, errors);
        await page.WaitForFunctionAsync($"() => {chart} && {chart}._fullLayout && {chart}.querySelector('.main-svg')", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        if (host == Host.KitPage) Assert.Equal(1, await PageChecks.ChartsDrawnAsync(page));
        await page.WaitForFunctionAsync($"() => {chart}._transitionData && {chart}._transitionData._frames.length === {plot.FrameCount}", null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        Assert.Equal("", await LayoutProblemsAsync(page));
        return (chromium, page, errors);
    }

    /// <summary>
    /// What a person would see wrong in the controls' layout: a button lying over a slider's text, or the drawing taller
    /// than the element the page gave it (on the kit's page the div's height comes from the figure's layout; a height it
    /// failed to read once cut an explorer's sliders off). "" when there is nothing.
    /// </summary>
    private async Task<string> LayoutProblemsAsync(IPage page) => await page.EvaluateAsync<string>($$"""
        () => {
          const c = {{chart}}, problems = [];
          const svg = c.querySelector('.main-svg').getBoundingClientRect(), box = c.getBoundingClientRect();
          if (svg.height > box.height + 1) problems.push(`the chart is ${svg.height}px tall in an element of ${box.height}px`);
          const buttons = [...c.querySelectorAll('g.updatemenu-button')].map(b => ({ name: b.textContent, r: b.getBoundingClientRect() }));
          const texts = [...c.querySelectorAll('g.slider-group text')].map(t => ({ name: t.textContent, r: t.getBoundingClientRect() }))
            .filter(t => t.r.width > 0 && t.r.height > 0);
          const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          for (const b of buttons) for (const t of texts)
            if (overlap(b.r, t.r)) problems.push(`button "${b.name}" covers slider text "${t.name}"`);
          return problems.join('; ');
        }
        """);

    /// <summary>Clicks slider <paramref name="slider"/>'s step <paramref name="step"/> where a person would: on the rail, at that step's tick.</summary>
    private async Task ClickSliderStepAsync(IPage page, int slider, int step)
    {
        var point = await page.EvaluateAsync<JsonElement>($$"""
            () => {
              const group = [...{{chart}}.querySelectorAll('g.slider-group')].find(g => g.__data__ && g.__data__._index === {{slider}});
              if (!group) return null;
              const tick = group.querySelectorAll('.slider-tick-rect')[{{step}}].getBoundingClientRect();
              const rail = group.querySelector('.slider-rail-touch-rect').getBoundingClientRect();
              return { x: tick.x + tick.width / 2, y: rail.y + rail.height / 2 };
            }
            """);
        Assert.True(point.ValueKind == JsonValueKind.Object, $"slider {slider} is not drawn");
        await page.Mouse.ClickAsync(point.GetProperty("x").GetSingle(), point.GetProperty("y").GetSingle());
        await page.WaitForFunctionAsync($"() => {chart}._fullLayout.sliders[{slider}].active === {step}", null, new PageWaitForFunctionOptions { Timeout = 10_000 });
    }

    /// <summary>The readouts as drawn: the text of every text point in the chart, lines joined by " | ".</summary>
    private Task<string[]> ReadoutsAsync(IPage page) => page.EvaluateAsync<string[]>($$"""
        () => [...{{chart}}.querySelectorAll('.scatterlayer .textpoint text')]
                .map(t => [...t.querySelectorAll('tspan.line')].map(l => l.textContent).join(' | ') || t.textContent)
        """);

    /// <summary>Waits until one readout shows every piece of <paramref name="wanted"/> (e.g. the start and the step, so a
    /// readout left by an earlier animation from another start does not count).</summary>
    private async Task<string> WaitForReadoutAsync(IPage page, params string[] wanted)
    {
        var expression = $$"""
            () => [...{{chart}}.querySelectorAll('.scatterlayer .textpoint text')].some(t => {{JsonSerializer.Serialize(wanted)}}.every(w => t.textContent.includes(w)))
            """;
        try { await page.WaitForFunctionAsync(expression, null, new PageWaitForFunctionOptions { Timeout = 10_000 }); }
        catch (TimeoutException) { Assert.Fail($"no readout showed \"{string.Join("\" and \"", wanted)}\" within 10 s; drawn: {string.Join(" / ", await ReadoutsAsync(page))}"); }
        return string.Join(" / ", await ReadoutsAsync(page));
    }

    private async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "artifacts", "explorers")).FullName;
        await page.Locator(shotSuffix.Length == 0 ? ".downhill-plot" : ".renderer-plot").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(folder, name + shotSuffix + ".png") });
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

    [Theory]
    [MemberData(nameof(Hosts))]
    public async Task The_rate_slider_shows_divergence_at_the_library_step_then_convergence_and_the_step_slider_the_library_position(Host host)
    {
        var curve = Landscape.Parabola(a: 2);
        var plot = Plots.LearningRateExplorer(curve, start: 2.5, alpha: 0.15, steps: 40);
        var (chromium, page, errors) = await OpenAsync(plot, host);
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
        var ball = await page.EvaluateAsync<double>($"() => {chart}.data[2].x[0]");
        Assert.Equal(settling.Positions[5][0], ball);
        await ScreenshotAsync(page, "learning-rate-explorer");
        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(Hosts))]
    public async Task The_lockstep_trio_plays_its_three_balls_together(Host host)
    {
        var curve = Landscape.Parabola(a: 2);
        var plot = Plots.LockstepRates(curve, start: 2.5, steps: 30);
        var (chromium, page, errors) = await OpenAsync(plot, host);
        await using var _ = chromium;
        var runs = Plots.SourceRates.Select(r => Descent.Run(curve, new GradientDescent(r), [2.5], 30)).ToList();

        await page.GetByText("▶ Play").ClickAsync();
        var seen = new HashSet<int>();
        for (var look = 0; look < 200 && !seen.Contains(30); look++)
        {
            // All three readouts of one look show the same step: plotly.js holds one frame's data for all panels at a
            // time (the drawn text is read at the end; mid-redraw the SVG can be a panel behind).
            var state = await page.EvaluateAsync<JsonElement>($$"""
                () => ({ texts: [4, 9, 14].map(i => {{chart}}.data[i].text) })
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
        var balls = await page.EvaluateAsync<double[]>($"() => [2, 7].map(i => {chart}.data[i].x[0])");
        Assert.Equal([runs[0].Positions[4][0], runs[1].Positions[4][0]], balls);
        var readouts = string.Join(" / ", await ReadoutsAsync(page));
        Assert.Contains($"w = {Show(runs[2].Positions[4][0])}", readouts);
        await ScreenshotAsync(page, "lockstep-rates");
        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(Hosts))]
    public async Task Dropping_the_ball_at_5_ends_in_the_valley_the_library_reaches_from_5(Host host)
    {
        var curve = Landscape.ManyValleys();
        var plot = Plots.DropTheBall(curve, start: -6, alpha: 0.05);
        var (chromium, page, errors) = await OpenAsync(plot, host);
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

    [Theory]
    [MemberData(nameof(Hosts))]
    public async Task The_surface_explorer_plays_adam_from_a_chosen_start_to_the_library_end(Host host)
    {
        var surface = Landscape.Himmelblau();
        var plot = Plots.SurfaceExplorer(surface);
        var (chromium, page, errors) = await OpenAsync(plot, host);
        await using var _ = chromium;

        await page.GetByText("Adam α=0.1").ClickAsync();
        await page.WaitForFunctionAsync($"() => {chart}._fullLayout.sliders[3].visible === true");
        await ClickSliderStepAsync(page, 3, 5);
        var adam = Descent.Run(surface, new Adam(0.1), [-1.25, -1.25], 300);
        // The button played Adam from the opening start, which ends in the same valley: wait for this start's last step.
        await WaitForReadoutAsync(page, "from (-1.25, -1.25)", $"step {adam.Steps}:");
        var ball = await page.EvaluateAsync<double[]>($"() => [{chart}.data[3].x[0], {chart}.data[3].y[0]]");
        Assert.Equal(adam.Final, ball);
        await ScreenshotAsync(page, "surface-explorer");
        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(Hosts))]
    public async Task The_phase_diagram_marks_its_best_drawn_cell(Host host)
    {
        var plot = Plots.MomentumPhaseDiagram();
        var (chromium, page, errors) = await OpenAsync(plot, host);
        await using var _ = chromium;

        var check = await page.EvaluateAsync<JsonElement>($$"""
            () => {
              const d = {{chart}}.data, z = d[0].z;
              let best = { steps: Infinity };
              z.forEach((row, r) => row.forEach((v, c) => { if (v !== null && v < best.steps) best = { steps: v, alpha: d[0].x[c], beta: d[0].y[r] }; }));
              return { best, star: { alpha: d[2].x[0], beta: d[2].y[0] }, drawnStars: {{chart}}.querySelectorAll('.scatterlayer .trace')[0].querySelectorAll('path.point').length };
            }
            """);
        Assert.Equal(check.GetProperty("best").GetProperty("alpha").GetDouble(), check.GetProperty("star").GetProperty("alpha").GetDouble());
        Assert.Equal(check.GetProperty("best").GetProperty("beta").GetDouble(), check.GetProperty("star").GetProperty("beta").GetDouble());
        Assert.Equal(1, check.GetProperty("drawnStars").GetInt32());
        await ScreenshotAsync(page, "momentum-phase-diagram");
        Assert.Empty(errors);
    }

    /// <summary>
    /// Not an explorer, but drawn by the same two hosts: a grid a student builds of stretched maps with long titles.
    /// Every text plotly.js draws over the plots (panel titles, the not-to-scale notes, the grid's title) stays inside
    /// the figure, clear of the others and of the mode bar (a long panel title ran into its neighbour's, and the note sat
    /// on the title's line).
    /// </summary>
    [Theory]
    [MemberData(nameof(Hosts))]
    public async Task A_grid_of_stretched_maps_with_long_titles_keeps_every_title_and_note_apart(Host host)
    {
        Plot Map(string title, double start) => Plots.PathsOnContour(Landscape.Quadratic([1, 10]),
            [Descent.Run(Landscape.Quadratic([1, 10]), new GradientDescent(0.05), [start, 0.5], 30)], title: title, view: [(-10, 10), (-1, 1)]);
        var plot = Plots.Grid([
                Map("Gradient descent from x = 8 on a long, narrow valley, α = 0.05", 8),
                Map("The same valley from x = −8, where the walls are just as steep", -8),
                Map("A third start", 4),
            ], title: "Three starts on one stretched valley, each panel drawn in its own cell of the grid");
        var (chromium, page, errors) = await OpenAsync(plot, host);
        await using var _ = chromium;

        var problems = await page.EvaluateAsync<string[]>($$"""
            () => {
              const c = {{chart}}, out = [];
              const svg = c.querySelector('.main-svg').getBoundingClientRect(), bar = c.querySelector('.modebar');
              const texts = [...c.querySelectorAll('g.annotation-text-g text, .g-gtitle text')]
                .map(t => ({ name: t.textContent.slice(0, 40), r: t.getBoundingClientRect() })).filter(t => t.r.width > 0);
              const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
              if (texts.length < 7) out.push(`only ${texts.length} texts drawn`);
              texts.forEach((t, i) => {
                if (t.r.left < svg.left - 0.5 || t.r.right > svg.right + 0.5 || t.r.top < svg.top - 0.5) out.push(`"${t.name}" runs off the figure`);
                if (bar && overlap(t.r, bar.getBoundingClientRect())) out.push(`"${t.name}" runs under the mode bar`);
                texts.slice(i + 1).forEach(u => { if (overlap(t.r, u.r)) out.push(`"${t.name}" overlaps "${u.name}"`); });
              });
              return out;
            }
            """);
        await ScreenshotAsync(page, "grid-of-stretched-maps");
        Assert.True(problems.Length == 0, string.Join("\n", problems));
        Assert.Empty(errors);
    }

    /// <summary>
    /// A grid of two maps drawn to scale, one zoomed out and one zoomed in, both of square ranges: each is drawn square.
    /// Each panel's y axis was tied to the first panel's x axis, and the zoomed-in map came out a sliver 6× wider than tall (321 × 54 px).
    /// </summary>
    [Theory]
    [MemberData(nameof(Hosts))]
    public async Task A_grid_of_maps_drawn_to_scale_draws_each_on_its_own_scale(Host host)
    {
        var bowl = Landscape.Quadratic([1, 3]);
        var wide = Plots.PathsOnContour(bowl, [Descent.Run(bowl, new GradientDescent(0.1), [8, 2], 30)], title: "zoomed out", view: [(-10, 10), (-10, 10)]);
        var close = Plots.PathsOnContour(bowl, [Descent.Run(bowl, new GradientDescent(0.1), [1.5, 1], 30)], title: "zoomed in", view: [(-2, 2), (-2, 2)]);
        var (chromium, page, errors) = await OpenAsync(Plots.Grid([wide, close]), host);
        await using var _ = chromium;

        var sizes = await page.EvaluateAsync<double[][]>($$"""
            () => ['xy', 'x2y2'].map(id => {
              const r = {{chart}}.querySelector(`.draglayer .${id} .nsewdrag`).getBoundingClientRect();
              return [r.width, r.height];
            })
            """);
        await ScreenshotAsync(page, "grid-of-maps-to-scale");
        foreach (var (size, name) in sizes.Zip(new[] { "zoomed out", "zoomed in" }))
            Assert.True(Math.Abs(size[0] - size[1]) <= 2, $"the {name} map of square ranges is drawn {size[0]:0} × {size[1]:0} px");
        Assert.Empty(errors);
    }
}
