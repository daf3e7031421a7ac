namespace Downhill.Notebooks.Tests.Hosts;

/// <summary>What a lesson saved with all its outputs holds, after Run All through the kernel.</summary>
[Collection(KernelExecutedLessonsCollection.Name)]
public sealed class SavedNotebookTests(KernelExecutedLessons lessons)
{
    private const long MostBytes = 8 * 1024 * 1024;
    private const string Carrier = "<script type=\"application/x-downhill-plotly\"";

    [Fact]
    public void Every_executed_lesson_stays_under_8_MB_and_carries_plotly_js_exactly_once()
    {
        var problems = new List<string>();
        var sizes = new List<string>();
        foreach (var notebook in lessons.Notebooks)
        {
            var name = Path.GetFileNameWithoutExtension(notebook);
            var bytes = new FileInfo(notebook).Length;
            sizes.Add($"{name}: {bytes / 1024.0 / 1024.0:0.00} MB");
            if (bytes >= MostBytes) problems.Add($"{name} is {bytes} bytes, over 8 MB");
            var charts = KernelExecutedLessons.ChartOutputs(notebook);
            if (charts.Count == 0) continue;
            var carriers = charts.Count(c => KernelExecutedLessons.Text(c["text/html"]).Contains(Carrier, StringComparison.Ordinal));
            if (carriers != 1) problems.Add($"{name}: {carriers} of its {charts.Count} charts carry plotly.js; exactly one should");
            if (!KernelExecutedLessons.Text(charts[0]["text/html"]).Contains(Carrier, StringComparison.Ordinal))
                problems.Add($"{name}: its first chart does not carry plotly.js");
            var figures = charts.Count(c => c["application/vnd.plotly.v1+json"] is System.Text.Json.Nodes.JsonObject);
            if (figures != charts.Count) problems.Add($"{name}: {charts.Count - figures} Plotly figures are saved as strings, not JSON objects");
        }

        TestContext.Current.SendDiagnosticMessage("Executed lesson sizes: " + string.Join(", ", sizes));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
