using Downhill.Notebooks.Documents;
using Downhill.Notebooks.Tests.Cli;
using Downhill.Notebooks.Tests.NotebookRuns;
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
    public async Task A_safe_page_draws_a_students_chart_without_the_links_its_config_asks_for()
    {
        var folder = RepositoryPaths.NewTempFolder();
        var figure = System.Text.Json.Nodes.JsonNode.Parse("""
            {"data": [{"type": "scatter", "x": [0, 1, 2], "y": [4, 1, 0]}], "layout": {"title": {"text": "loss"}},
             "config": {"showLink": true, "linkText": "Edit chart", "plotlyServerURL": "javascript:window.ran=['edit']//",
                        "showEditInChartStudio": true, "showSendToCloud": true, "displaylogo": false}}
            """)!;
        var chart = TestNotebooks.Code("display(chart)");
        chart.ExecutionCount = 1;
        chart.Outputs.Add(new DisplayDataOutput(new OutputData([new("application/vnd.plotly.v1+json", figure), new("text/plain", "a chart")]), new()));
        TestNotebooks.Save(folder, "student.ipynb", TestNotebooks.Markdown("# Charts"), chart);
        var render = DownhillCommand.Bounded(folder, TimeSpan.FromMinutes(2), null, "render", "student.ipynb", "-o", "site", "--safe");
        Assert.True(render.ExitCode == 0, render.Output);

        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.OpenAsync(Path.Combine(folder, "site", "student.html"), []);
        Assert.Equal(1, await PageChecks.ChartsDrawnAsync(page));

        Assert.Equal(0, await page.Locator(".downhill-plot >> text=Edit chart").CountAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>("() => [...document.querySelectorAll('.downhill-plot a')].filter(a => /^\\s*javascript:/i.test(a.getAttribute('href') || '')).length"));
        Assert.Equal(0, await page.Locator(".modebar-btn[data-title*='Chart Studio' i], .modebar-btn[data-title*='Edit' i]").CountAsync());
    }

    [Fact]
    public async Task A_safe_page_shows_the_notebooks_own_images_and_no_file_from_outside_its_folder()
    {
        var root = RepositoryPaths.NewTempFolder();
        var folder = Directory.CreateDirectory(Path.Combine(root, "alice")).FullName;
        File.WriteAllBytes(Path.Combine(folder, "fig.png"), Convert.FromBase64String(RedPixel));
        File.WriteAllBytes(Path.Combine(root, "marker-only.png"), Convert.FromBase64String(RedPixel)); // beside the folder, not in it
        File.CreateSymbolicLink(Path.Combine(folder, "linked.png"), Path.Combine(root, "marker-only.png"));
        TestNotebooks.Save(folder, "student.ipynb", TestNotebooks.Markdown(
            "# My plot\n\n![own figure](fig.png)\n\n![from outside](../marker-only.png)\n\n![through a link](linked.png)"));
        var render = DownhillCommand.Bounded(folder, TimeSpan.FromMinutes(2), null, "render", "student.ipynb", "-o", Path.Combine(root, "site"), "--safe");
        Assert.True(render.ExitCode == 0, render.Output);

        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.OpenAsync(Path.Combine(root, "site", "student.html"), []);
        await page.WaitForFunctionAsync("() => [...document.images].every(i => i.complete)", null, new() { Timeout = 30_000 });
        Task<int> Width(string alt) => page.EvaluateAsync<int>($"() => document.querySelector('img[alt=\"{alt}\"]')?.naturalWidth ?? -1");

        Assert.Equal(1, await Width("own figure"));
        Assert.Equal(0, await Width("from outside")); // left as a link, which the page's policy does not load
        Assert.Equal(0, await Width("through a link"));
    }

    // A 1×1 red PNG.
    private const string RedPixel = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";

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
