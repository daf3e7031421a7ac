using Downhill.Notebooks.Documents;
using Downhill.Notebooks.Tests.Cli;
using Downhill.Notebooks.Tests.Running;
using Downhill.Testing;

namespace Downhill.Notebooks.Tests.Browser;

/// <summary>
/// `downhill render --safe`, the page an instructor makes from students' notebooks: every way a notebook can carry
/// script — markdown raw HTML, a raw cell, an HTML output, an SVG output, a link — is tried in headless Chromium;
/// none may run, and the charts must still draw. The same notebook rendered without --safe shows the test can fail.
/// </summary>
public class SafePageTests
{
    // Each attack sets a mark on window; a page that ran none of them has no marks.
    private static readonly NotebookCell[] Hostile =
    [
        TestNotebooks.Markdown("## Student's notes\n\n<img src=\"x\" onerror=\"window.ran = (window.ran || []).concat('markdown img')\">\n\n" +
                               "<script>window.ran = (window.ran || []).concat('markdown script')</script>\n\n" +
                               "[a link](javascript:window.ran=['link'])\n\nThe gradient $\\nabla Q$ points uphill."),
        new(CellKind.Raw, "<script>window.ran = (window.ran || []).concat('raw cell')</script><p>raw text</p>",
            metadata: new() { ["format"] = "text/html" }),
        Executed("display(html)", new("text/html", "<b>bold answer</b><script>window.ran = (window.ran || []).concat('html output')</script>" +
                                                   "<div onmouseover=\"window.ran=['hover']\" id=\"hover\">hover me</div>")),
        Executed("display(svg)", new("image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"40\"><script>window.ran = (window.ran || []).concat('svg')</script><circle cx=\"20\" cy=\"20\" r=\"10\"/></svg>")),
    ];

    private static NotebookCell Executed(string source, KeyValuePair<string, System.Text.Json.Nodes.JsonNode?> data)
    {
        var cell = TestNotebooks.Code(source);
        cell.ExecutionCount = 1;
        cell.Outputs.Add(new DisplayDataOutput(new OutputData([data, new("text/plain", "output")]), new()));
        return cell;
    }

    /// <summary>The chart lesson, executed by the real command, with the hostile cells added; returns the page.</summary>
    private static async Task<string> RenderAsync(bool safe)
    {
        var folder = RepositoryPaths.NewTempFolder();
        TestNotebooks.Save(folder, "student.ipynb", TestNotebooks.ChartLesson());
        var run = await DownhillCommand.InProcessAsync(folder, "run", "student.ipynb", "-o", "executed");
        Assert.True(run.ExitCode == 0, run.Output);
        var executed = Path.Combine(folder, "executed", "student.ipynb");
        var notebook = NotebookFile.Read(executed);
        notebook.Cells.AddRange(Hostile);
        NotebookFile.Write(notebook, executed);

        string[] arguments = safe ? ["render", executed, "-o", "site", "--safe"] : ["render", executed, "-o", "site"];
        var render = await DownhillCommand.InProcessAsync(folder, arguments);
        Assert.True(render.ExitCode == 0, render.Output);
        return Path.Combine(folder, "site", "student.html");
    }

    [Fact]
    public async Task A_safe_page_runs_nothing_the_notebook_carries_and_still_draws_its_charts()
    {
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var errors = new List<string>();
        var page = await chromium.OpenAsync(await RenderAsync(safe: true), errors);

        var charts = await PageChecks.ChartsDrawnAsync(page);
        await page.HoverAsync("text=hover me");
        await page.ClickAsync("text=a link", new() { Timeout = 5_000 });
        await PageChecks.ScreenshotAsync(page, "safe-page");
        var ran = await page.EvaluateAsync<string[]?>("() => window.ran || null");

        Assert.Equal(2, charts);
        Assert.Null(ran);
        Assert.Equal(1, await page.Locator("text=bold answer").CountAsync()); // the harmless part of the output stays
        Assert.Equal(1, await page.Locator("img[src^='data:image/svg+xml']").CountAsync()); // SVG drawn as an image
        Assert.Equal(1, await page.EvaluateAsync<int>("() => [...document.querySelectorAll('.math')].filter(e => e.title.includes('nabla Q')).length")); // the pages' math markup survives the cleaning
        Assert.DoesNotContain(errors, e => !e.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_safe_the_same_notebook_runs_its_scripts()
    {
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var errors = new List<string>();
        var page = await chromium.OpenAsync(await RenderAsync(safe: false), errors);
        await PageChecks.ChartsDrawnAsync(page);

        var ran = await page.EvaluateAsync<string[]>("() => window.ran || []");

        Assert.Contains("markdown img", ran);
        Assert.Contains("html output", ran);
        Assert.Contains("raw cell", ran);
    }
}
