using Downhill.Notebooks.Tests.Cli;
using Downhill.Notebooks.Tests.NotebookRuns;
using Downhill.Testing;

namespace Downhill.Notebooks.Tests.Browser;

/// <summary>A page made by `downhill run --html` from a small notebook, opened in headless Chromium.</summary>
public class GeneratedPageTests
{
    private static async Task<string> ChartLessonPageAsync()
    {
        var folder = RepositoryPaths.NewTempFolder();
        TestNotebooks.Save(folder, "chart-lesson.ipynb", TestNotebooks.ChartLesson());
        var run = await DownhillCommand.InProcessAsync(folder, "run", "chart-lesson.ipynb", "--html", "-o", "site");
        Assert.True(run.ExitCode == 0, run.Output);
        return Path.Combine(folder, "site", "chart-lesson.html");
    }

    [Fact]
    public async Task Every_chart_is_drawn_offline_without_javascript_errors()
    {
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var errors = new List<string>();

        var page = await chromium.OpenAsync(await ChartLessonPageAsync(), errors);
        var charts = await PageChecks.ChartsDrawnAsync(page);
        await PageChecks.ScreenshotAsync(page, "test-chart-lesson");

        Assert.Equal(2, charts);
        Assert.Empty(errors);
        Assert.Equal("Rolling downhill", await page.TitleAsync());
    }

    [Fact]
    public async Task The_animated_chart_moves_the_ball_when_its_slider_is_dragged_to_the_start()
    {
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var errors = new List<string>();
        var page = await chromium.OpenAsync(await ChartLessonPageAsync(), errors);
        await PageChecks.ChartsDrawnAsync(page);
        const string animated = "[...document.querySelectorAll('.downhill-plot')].find(d => d.layout && d.layout.sliders && d.layout.sliders.length)";
        var ballX = $"() => {{ const el = {animated}; const ball = el.data[el.data.length - 1]; return ball.x[0]; }}";

        var before = await page.EvaluateAsync<double>(ballX);
        var slider = page.Locator(".downhill-plot .slider-rail-rect").First;
        await slider.ScrollIntoViewIfNeededAsync(); // a mouse can only press what is on screen
        var rail = await slider.BoundingBoxAsync();
        Assert.NotNull(rail);
        await page.Mouse.ClickAsync(rail.X + 2, rail.Y + rail.Height / 2); // the slider's first step: the start point
        await page.WaitForFunctionAsync($"() => {{ const el = {animated}; const ball = el.data[el.data.length - 1]; return Math.abs(ball.x[0] - 3) < 1e-9; }}");
        var after = await page.EvaluateAsync<double>(ballX);
        var active = await page.EvaluateAsync<int>($"() => {{ const el = {animated}; return el._fullLayout.sliders[0].active; }}");

        Assert.NotEqual(before, after);
        Assert.Equal(3.0, after, 9);
        Assert.Equal(0, active);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_index_page_links_the_notebook_and_opens_cleanly()
    {
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var errors = new List<string>();
        var notebookPage = await ChartLessonPageAsync();

        var index = await chromium.OpenAsync(Path.Combine(Path.GetDirectoryName(notebookPage)!, "index.html"), errors);
        await index.ClickAsync("text=Rolling downhill");
        // A page with plotly.js inlined is several megabytes; on a machine busy with the rest of the suite its load event
        // has taken over 30 s (Playwright's default), so the wait is longer, and still bounded.
        await index.WaitForURLAsync("**/chart-lesson.html", new() { Timeout = 120_000 });
        await PageChecks.ChartsDrawnAsync(index);

        Assert.Empty(errors);
    }
}
