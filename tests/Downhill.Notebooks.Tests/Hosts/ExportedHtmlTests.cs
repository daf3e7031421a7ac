using Microsoft.Playwright;

namespace Downhill.Notebooks.Tests.Hosts;

/// <summary>
/// `jupyter nbconvert --to html` of every lesson executed through the kernel — what "Export as HTML" gives in VS
/// Code and Jupyter — opened in Chromium with no network. Debian's nbconvert links require.js and MathJax from
/// /usr/share/javascript, so the charts meet the AMD loader they must survive; should a page ask the network for
/// anything (upstream's templates use a CDN), require.js is answered with Debian's copy, as a connected reader's
/// browser would get it, and everything else with nothing.
/// </summary>
[Collection(KernelExecutedLessonsCollection.Name)]
public sealed class ExportedHtmlTests(KernelExecutedLessons lessons)
{
    [Theory]
    [MemberData(nameof(KernelExecutedLessons.LessonNames), MemberType = typeof(KernelExecutedLessons))]
    public async Task Every_chart_of_the_exported_lesson_draws_offline_without_page_errors(string lesson)
    {
        HostPages.RequireAmdLoader();
        var export = lessons.HtmlExport(lesson);
        var expected = KernelExecutedLessons.ChartOutputs(lessons.Executed(lesson)).Count;

        var (page, problems) = await DrawnCharts.CheckPageAsync(await lessons.BrowserAsync(), export, DrawnCharts.KitCharts, expected, AnswerNetworkLocally);
        await page.CloseAsync();

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
