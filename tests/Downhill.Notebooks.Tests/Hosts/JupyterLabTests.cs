using Downhill.Testing;

namespace Downhill.Notebooks.Tests.Hosts;

/// <summary>
/// The lessons executed through the kernel, shown as JupyterLab or Notebook 7 without jupyterlab-plotly shows
/// trusted outputs: text/html, no AMD loader, scripts re-created in place (see <see cref="HostPages"/>).
/// </summary>
[Collection(KernelExecutedLessonsCollection.Name)]
public sealed class JupyterLabTests(KernelExecutedLessons lessons)
{
    [Theory]
    [MemberData(nameof(KernelExecutedLessons.LessonNames), MemberType = typeof(KernelExecutedLessons))]
    public async Task Every_chart_of_the_lesson_draws_from_its_html(string lesson)
    {
        var notebook = lessons.Executed(lesson);
        var outputs = KernelExecutedLessons.Outputs(notebook).Where(o => o.ContainsKey("text/html")).ToList();
        var expected = KernelExecutedLessons.ChartOutputs(notebook).Count;
        var path = HostPages.JupyterLabHtml(RepositoryPaths.NewTempFolder("downhill-jupyterlab"), Path.GetFileNameWithoutExtension(lesson), outputs);

        var (page, problems) = await DrawnCharts.CheckPageAsync(await lessons.BrowserAsync(), path, DrawnCharts.KitCharts, expected);
        await page.CloseAsync();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
