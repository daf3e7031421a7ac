using Downhill.Notebooks.Tests.Browser;
using Downhill.Testing;
using Microsoft.Playwright;

namespace Downhill.Notebooks.Tests.Hosts;

/// <summary>
/// `jupyter nbconvert --to html` of every lesson executed through the kernel — what "Export as HTML" gives in VS
/// Code and Jupyter — opened in Chromium with no network. nbconvert's page asks a CDN for require.js (and MathJax):
/// the test answers with Debian's require.js, as a connected reader's browser would get it, so the charts meet the
/// AMD loader they must survive; everything else from the network is answered empty.
/// </summary>
[Collection(KernelExecutedLessonsCollection.Name)]
public sealed class ExportedHtmlTests(KernelExecutedLessons lessons)
{
    [Fact]
    public async Task Every_chart_of_every_exported_lesson_draws_offline_without_page_errors()
    {
        HostPages.RequireAmdLoader();
        var exports = lessons.HtmlExports;
        await using var chromium = await HeadlessChromium.LaunchAsync();

        var problems = new List<string>();
        var summary = new List<string>();
        for (var i = 0; i < exports.Count; i++)
        {
            var expected = KernelExecutedLessons.ChartOutputs(lessons.Notebooks[i]).Count;
            var errors = new List<string>();
            var page = await chromium.OpenAsync(exports[i], errors, AnswerNetworkLocally);
            var (drawn, containers) = await DrawnCharts.CountAsync(page, DrawnCharts.KitCharts, expected);
            var name = Path.GetFileNameWithoutExtension(exports[i]);
            summary.Add($"{name}: {drawn}/{expected}");
            if (drawn != expected || containers != expected) problems.Add($"{name}: {drawn} of {expected} charts drawn ({containers} containers)");
            problems.AddRange(errors.Select(e => $"{name}: {e}"));
            await page.CloseAsync();
        }

        TestContext.Current.SendDiagnosticMessage("nbconvert HTML, charts drawn: " + string.Join(", ", summary));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task AnswerNetworkLocally(IPage page) =>
        await page.RouteAsync(url => !url.StartsWith("file:", StringComparison.Ordinal), async route =>
        {
            var url = route.Request.Url;
            if (url.Contains("require", StringComparison.OrdinalIgnoreCase) && url.EndsWith(".js", StringComparison.Ordinal))
                await route.FulfillAsync(new RouteFulfillOptions { Path = HostPages.RequireJs, ContentType = "application/javascript" });
            else
                await route.FulfillAsync(new RouteFulfillOptions { Body = "", ContentType = url.EndsWith(".css", StringComparison.Ordinal) ? "text/css" : "application/javascript" });
        });
}
