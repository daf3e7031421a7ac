using System.Text.Json.Nodes;
using Downhill.Notebooks.Tests.Hosts;

namespace Downhill.Notebooks.Tests.Browser;

/// <summary>
/// The lessons under notebooks/, run by the real command and opened in headless Chromium: on the kit's own pages, and
/// (for what a student sees in VS Code) on the page that draws the Plotly outputs as VS Code's Jupyter renderer does,
/// in an output area 800 px wide.
/// </summary>
public class LessonPageTests(LessonSite site) : IClassFixture<LessonSite>
{
    /// <summary>The width of the output area VS Code gives a cell (about the editor pane's: often 700–900 px).</summary>
    private const int VsCodeOutputWidth = 800;

    [Fact]
    public async Task Every_lesson_page_draws_its_charts_without_javascript_errors()
    {
        var folder = await site.FolderAsync();
        var chromium = await site.BrowserAsync();
        var problems = new List<string>();
        foreach (var name in LessonSite.Lessons)
        {
            var errors = new List<string>();
            var page = await chromium.OpenAsync(Path.Combine(folder, name + ".html"), errors);
            try
            {
                await PageChecks.ChartsDrawnAsync(page);
            }
            catch (TimeoutException)
            {
                problems.Add($"{name}: not every chart was drawn within 30 s");
            }
            await PageChecks.ScreenshotAsync(page, name);
            problems.AddRange(errors.Select(e => $"{name}: {e}"));
            await page.CloseAsync();
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// Every figure of every lesson is drawn no wider than the output area it sits in (the kit's page column, 832 px;
    /// VS Code's, 800 px), so no panel hides behind a scrollbar, and no title runs under plotly's mode bar or off the figure.
    /// </summary>
    [Theory]
    [InlineData(ExplorerPageTests.Host.KitPage)]
    [InlineData(ExplorerPageTests.Host.VsCodeRenderer)]
    public async Task Every_figure_fits_its_output_area_and_keeps_its_title_clear_of_the_mode_bar(ExplorerPageTests.Host host)
    {
        if (host == ExplorerPageTests.Host.VsCodeRenderer)
        {
            HostPages.RequireAmdLoader();
            HostPages.RequireNpmPlotly("plotly.js-dist-min");
        }
        var folder = await site.FolderAsync();
        var chromium = await site.BrowserAsync();
        var pages = Testing.RepositoryPaths.NewTempFolder("downhill-lesson-fit");
        var problems = new List<string>();
        foreach (var name in LessonSite.Lessons)
        {
            var errors = new List<string>();
            var (file, plots, width) = host == ExplorerPageTests.Host.KitPage
                ? (Path.Combine(folder, name + ".html"), "document.querySelectorAll('.downhill-plot')", 1100)
                : (HostPages.PlotlyRenderer(pages, name, KernelExecutedLessons.ChartOutputs(Path.Combine(folder, name + ".ipynb")),
                    HostPages.NpmPlotly("plotly.js-dist-min")), "document.querySelectorAll('.renderer-plot')", VsCodeOutputWidth + 16);
            var page = await chromium.OpenAsync(file, errors, viewportWidth: width);
            try
            {
                await page.WaitForFunctionAsync($$"""
                    () => { const p = [...{{plots}}]; return p.length > 0 && p.every(d => d.querySelector('.main-svg') && d.querySelector('.modebar')); }
                    """, null, new Microsoft.Playwright.PageWaitForFunctionOptions { Timeout = 60_000 });
            }
            catch (TimeoutException)
            {
                problems.Add($"{name}: not every chart (with its mode bar) was drawn within 60 s");
                await page.CloseAsync();
                continue;
            }
            var found = await page.EvaluateAsync<string[]>($$"""
                () => [...{{plots}}].flatMap((plot, i) => {
                  const out = [], title = plot.querySelector('.g-gtitle text'), bar = plot.querySelector('.modebar');
                  const name = `figure ${i + 1} ("${title ? title.textContent.slice(0, 60) : ''}")`;
                  const drawn = plot.querySelector('.main-svg').getBoundingClientRect().width;
                  const area = (plot.closest('.output') || plot.parentElement).clientWidth;
                  if (drawn > area + 0.5) out.push(`${name} is drawn ${Math.round(drawn)} px wide in an output area of ${area} px`);
                  const svg = plot.querySelector('.main-svg').getBoundingClientRect();
                  if (title && title.getBoundingClientRect().right > svg.right + 0.5)
                    out.push(`${name}: its title runs ${Math.round(title.getBoundingClientRect().right - svg.right)} px past the figure's right edge`);
                  if (title && bar) {
                    const t = title.getBoundingClientRect(), b = bar.getBoundingClientRect();
                    if (t.left < b.right && b.left < t.right && t.top < b.bottom && b.top < t.bottom)
                      out.push(`${name}: its title runs under the mode bar`);
                  }
                  return out;
                })
                """);
            problems.AddRange(found.Select(p => $"{name}: {p}"));
            await page.CloseAsync();
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
