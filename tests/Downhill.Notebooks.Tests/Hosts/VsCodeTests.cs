using System.Text.Json.Nodes;
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
    public static TheoryData<string, bool> LessonsInBothOrders()
    {
        var data = new TheoryData<string, bool>();
        foreach (var lesson in KernelExecutedLessons.Lessons)
        {
            data.Add(lesson, false);
            data.Add(lesson, true);
        }
        return data;
    }

    public static TheoryData<string, string> LessonsWithEachPlotly()
    {
        var data = new TheoryData<string, string>();
        foreach (var lesson in KernelExecutedLessons.Lessons)
        {
            data.Add(lesson, "plotly.js-dist-min");
            data.Add(lesson, "plotly.js-dist-min-3");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(LessonsInBothOrders))]
    public async Task Every_chart_of_the_lesson_draws_from_its_html_under_require_js(string lesson, bool reverse)
    {
        HostPages.RequireAmdLoader();
        var (path, expected) = HtmlPage(lesson, reverse);

        var (page, problems) = await DrawnCharts.CheckPageAsync(await lessons.BrowserAsync(), path, DrawnCharts.KitCharts, expected);
        await page.CloseAsync();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(LessonsWithEachPlotly))]
    public async Task Every_chart_of_the_lesson_draws_from_its_plotly_figure_as_jupyter_renderers_draws_it(string lesson, string plotly)
    {
        HostPages.RequireAmdLoader();
        HostPages.RequireNpmPlotly(plotly);
        var (path, expected) = RendererPage(lesson, plotly);

        var (page, problems) = await DrawnCharts.CheckPageAsync(await lessons.BrowserAsync(), path, ".renderer-plot", expected);
        problems.AddRange((await page.EvaluateAsync<string[]>("() => window.validationProblems || []")).Select(p => $"{lesson}: Plotly.validate: {p}"));
        await page.CloseAsync();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task An_animated_chart_s_slider_moves_the_ball_on_the_html_path_rendered_out_of_order()
    {
        HostPages.RequireAmdLoader();
        var (path, expected) = HtmlPage(AnimatedLesson(), reverse: true);

        var (page, problems) = await DrawnCharts.CheckPageAsync(await lessons.BrowserAsync(), path, DrawnCharts.KitCharts, expected);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var (atStart, atEnd) = await DrawnCharts.MoveSliderAsync(page, DrawnCharts.KitCharts);
        await page.CloseAsync();

        Assert.NotEqual(atStart, atEnd);
    }

    [Fact]
    public async Task An_animated_chart_s_slider_moves_the_ball_on_the_renderers_path()
    {
        HostPages.RequireAmdLoader();
        HostPages.RequireNpmPlotly("plotly.js-dist-min");
        var (path, expected) = RendererPage(AnimatedLesson(), "plotly.js-dist-min");

        var (page, problems) = await DrawnCharts.CheckPageAsync(await lessons.BrowserAsync(), path, ".renderer-plot", expected);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var (atStart, atEnd) = await DrawnCharts.MoveSliderAsync(page, ".renderer-plot");
        await page.CloseAsync();

        Assert.NotEqual(atStart, atEnd);
    }

    private (string Path, int Expected) HtmlPage(string lesson, bool reverse)
    {
        var notebook = lessons.Executed(lesson);
        var outputs = KernelExecutedLessons.Outputs(notebook).Where(o => o.ContainsKey("text/html")).ToList();
        var name = Path.GetFileNameWithoutExtension(lesson) + (reverse ? "-reverse" : "");
        return (HostPages.VsCodeHtml(RepositoryPaths.NewTempFolder("downhill-vscode"), name, outputs, reverse), KernelExecutedLessons.ChartOutputs(notebook).Count);
    }

    private (string Path, int Expected) RendererPage(string lesson, string plotly)
    {
        var charts = KernelExecutedLessons.ChartOutputs(lessons.Executed(lesson));
        var name = Path.GetFileNameWithoutExtension(lesson) + "-" + plotly;
        return (HostPages.PlotlyRenderer(RepositoryPaths.NewTempFolder("downhill-renderers"), name, charts, HostPages.NpmPlotly(plotly)), charts.Count);
    }

    /// <summary>The first lesson with a chart that has frames and a slider.</summary>
    private string AnimatedLesson() =>
        KernelExecutedLessons.Lessons.FirstOrDefault(lesson => KernelExecutedLessons.ChartOutputs(lessons.Executed(lesson)).Any(IsAnimated))
        ?? throw new InvalidOperationException("No lesson has an animated chart with a slider.");

    private static bool IsAnimated(JsonObject output) =>
        output["application/vnd.plotly.v1+json"] is JsonObject figure
        && figure["frames"] is JsonArray { Count: > 0 }
        && figure["layout"]?["sliders"] is JsonArray { Count: > 0 };
}
