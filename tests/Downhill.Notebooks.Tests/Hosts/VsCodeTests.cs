using Downhill.Notebooks.Tests.Browser;
using Downhill.Testing;

namespace Downhill.Notebooks.Tests.Hosts;

/// <summary>
/// The lessons executed through the kernel, shown as VS Code shows them (see <see cref="HostPages"/>): through
/// their text/html in a webview where require.js and jQuery are loaded first, outputs rendered in order and in
/// reverse order; and through the Plotly MIME type as Jupyter Notebook Renderers draws it with plotly.js 2.35
/// (and, to keep the figures valid ahead, 3.x). Every chart of every lesson must draw on every path, and an
/// animated chart's slider must move the ball.
/// </summary>
[Collection(KernelExecutedLessonsCollection.Name)]
public sealed class VsCodeTests(KernelExecutedLessons lessons)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_chart_draws_from_its_html_under_require_js(bool reverse)
    {
        HostPages.RequireAmdLoader();
        var notebooks = lessons.Notebooks;
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var folder = RepositoryPaths.NewTempFolder("downhill-vscode");

        var problems = new List<string>();
        var summary = new List<string>();
        var sliderChecked = false;
        foreach (var notebook in notebooks)
        {
            var name = Path.GetFileNameWithoutExtension(notebook);
            var outputs = KernelExecutedLessons.Outputs(notebook).Where(o => o.ContainsKey("text/html")).ToList();
            var expected = KernelExecutedLessons.ChartOutputs(notebook).Count;
            var errors = new List<string>();
            var page = await chromium.OpenAsync(HostPages.VsCodeHtml(folder, name, outputs, reverse), errors);
            var (drawn, containers) = await DrawnCharts.CountAsync(page, DrawnCharts.KitCharts, expected);
            summary.Add($"{name}: {drawn}/{expected}");
            if (drawn != expected || containers != expected) problems.Add($"{name}: {drawn} of {expected} charts drawn ({containers} containers)");
            if (!sliderChecked && drawn == expected && await HasSliderAsync(page, DrawnCharts.KitCharts))
            {
                var (atStart, atEnd) = await DrawnCharts.MoveSliderAsync(page, DrawnCharts.KitCharts);
                if (atStart == atEnd) problems.Add($"{name}: the slider did not move the ball (x = {atStart} at both ends)");
                sliderChecked = true;
            }
            problems.AddRange(errors.Select(e => $"{name}: {e}"));
            await page.CloseAsync();
        }

        TestContext.Current.SendDiagnosticMessage($"VS Code text/html path{(reverse ? ", reverse order" : "")}, charts drawn: " + string.Join(", ", summary));
        Assert.True(sliderChecked, "no lesson has an animated chart with a slider");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("plotly.js-dist-min")]
    [InlineData("plotly.js-dist-min-3")]
    public async Task Every_chart_draws_from_its_plotly_figure_as_jupyter_renderers_draws_it(string plotly)
    {
        HostPages.RequireAmdLoader();
        HostPages.RequireNpmPlotly(plotly);
        var notebooks = lessons.Notebooks;
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var folder = RepositoryPaths.NewTempFolder("downhill-renderers");

        var problems = new List<string>();
        var summary = new List<string>();
        var sliderChecked = false;
        foreach (var notebook in notebooks)
        {
            var name = Path.GetFileNameWithoutExtension(notebook);
            var charts = KernelExecutedLessons.ChartOutputs(notebook);
            var errors = new List<string>();
            var page = await chromium.OpenAsync(HostPages.PlotlyRenderer(folder, name, charts, HostPages.NpmPlotly(plotly)), errors);
            var (drawn, containers) = await DrawnCharts.CountAsync(page, ".renderer-plot", charts.Count);
            summary.Add($"{name}: {drawn}/{charts.Count}");
            if (drawn != charts.Count || containers != charts.Count) problems.Add($"{name}: {drawn} of {charts.Count} charts drawn ({containers} containers)");
            problems.AddRange((await page.EvaluateAsync<string[]>("() => window.validationProblems || []")).Select(p => $"{name}: Plotly.validate: {p}"));
            if (!sliderChecked && drawn == charts.Count && await HasSliderAsync(page, ".renderer-plot"))
            {
                var (atStart, atEnd) = await DrawnCharts.MoveSliderAsync(page, ".renderer-plot");
                if (atStart == atEnd) problems.Add($"{name}: the slider did not move the ball (x = {atStart} at both ends)");
                sliderChecked = true;
            }
            problems.AddRange(errors.Select(e => $"{name}: {e}"));
            await page.CloseAsync();
        }

        TestContext.Current.SendDiagnosticMessage($"Jupyter Renderers path ({plotly}), charts drawn: " + string.Join(", ", summary));
        Assert.True(sliderChecked, "no lesson has an animated chart with a slider");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static Task<bool> HasSliderAsync(Microsoft.Playwright.IPage page, string selector) =>
        page.EvaluateAsync<bool>($"() => [...document.querySelectorAll('{selector}')].some(d => d.layout && d.layout.sliders && d.layout.sliders.length && d._transitionData && d._transitionData._frames && d._transitionData._frames.length)");
}
