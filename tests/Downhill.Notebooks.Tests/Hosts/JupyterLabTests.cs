using Downhill.Notebooks.Tests.Browser;
using Downhill.Testing;

namespace Downhill.Notebooks.Tests.Hosts;

/// <summary>
/// The lessons executed through the kernel, shown as JupyterLab or Notebook 7 without jupyterlab-plotly shows
/// trusted outputs: text/html, no AMD loader, scripts re-created in place (see <see cref="HostPages"/>).
/// </summary>
[Collection(KernelExecutedLessonsCollection.Name)]
public sealed class JupyterLabTests(KernelExecutedLessons lessons)
{
    [Fact]
    public async Task Every_chart_of_every_lesson_draws_from_its_html()
    {
        var notebooks = lessons.Notebooks;
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var folder = RepositoryPaths.NewTempFolder("downhill-jupyterlab");

        var problems = new List<string>();
        var summary = new List<string>();
        foreach (var notebook in notebooks)
        {
            var name = Path.GetFileNameWithoutExtension(notebook);
            var outputs = KernelExecutedLessons.Outputs(notebook).Where(o => o.ContainsKey("text/html")).ToList();
            var expected = KernelExecutedLessons.ChartOutputs(notebook).Count;
            var errors = new List<string>();
            var page = await chromium.OpenAsync(HostPages.JupyterLabHtml(folder, name, outputs), errors);
            var (drawn, containers) = await DrawnCharts.CountAsync(page, DrawnCharts.KitCharts, expected);
            summary.Add($"{name}: {drawn}/{expected}");
            if (drawn != expected || containers != expected) problems.Add($"{name}: {drawn} of {expected} charts drawn ({containers} containers)");
            problems.AddRange(errors.Select(e => $"{name}: {e}"));
            await page.CloseAsync();
        }

        TestContext.Current.SendDiagnosticMessage("JupyterLab-like path, charts drawn: " + string.Join(", ", summary));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
