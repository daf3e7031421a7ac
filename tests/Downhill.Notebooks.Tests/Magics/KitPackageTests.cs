using Downhill.Notebooks.CellExecution;
using Downhill.Notebooks.Tests.CellExecution;

namespace Downhill.Notebooks.Tests.Magics;

/// <summary>
/// <c>#r "nuget: …"</c> for a package the kit already carries is satisfied by the loaded copy: no restore, so no
/// network and no second, conflicting copy of MathNet or Plotly.
/// </summary>
public sealed class KitPackageTests : IDisposable
{
    private readonly TempFolder notebook = new();

    public void Dispose() => notebook.Dispose();

    private SessionHarness NewSession() => new(new SessionOptions
    {
        WorkingDirectory = notebook.Path,
        NuGetCacheDirectory = notebook["nuget-cache"],
    });

    [Theory]
    [InlineData("MathNet.Numerics, 5.0.0")]
    [InlineData("mathnet.numerics")]
    [InlineData("Plotly.NET, 6.0.0")]
    [InlineData("Plotly.NET.Interactive, 5.0.0")]
    [InlineData("Plotly.NET.Interactive")]
    public async Task A_kit_package_needs_no_restore(string package)
    {
        using var cells = NewSession();
        Assert.Equal("3", await cells.Value($"#r \"nuget: {package}\"\nMathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(3).Count"));
        // Every restore goes through the cache folder; it was never even created.
        Assert.True(notebook.IsEmpty("nuget-cache"));
    }

    [Fact]
    public async Task The_lesson_notebooks_preamble_runs_without_a_restore_and_charts_still_work()
    {
        using var cells = NewSession();
        var preamble = """
            #r "nuget: Plotly.NET, 6.0.0"
            #r "nuget: MathNet.Numerics, 5.0.0"
            #r "../src/Downhill/bin/Release/net8.0/Downhill.dll"
            #r "nuget: Plotly.NET.Interactive, 5.0.0"
            """;
        await cells.Value(preamble);
        var (result, sink) = await cells.Run("Plotly.NET.GenericChart.ofTraceObject(true, new Plotly.NET.Trace(\"scatter\"))");
        Assert.True(result.Succeeded, sink.ErrorOutput?.Value);
        // The kit's formatter recognises the chart only if the cell used the very Plotly.NET the host loaded.
        Assert.Contains(Downhill.Notebooks.Formatting.OutputFormatter.PlotlyScriptMarker, sink.ResultBundle!.HtmlText);
        Assert.True(notebook.IsEmpty("nuget-cache"));
    }

    [Fact]
    public async Task Asking_for_another_version_of_a_kit_package_says_which_one_the_session_uses()
    {
        using var cells = NewSession();
        var (result, sink) = await cells.Run("#r \"nuget: Plotly.NET, 99.0.0\"\n1");
        Assert.True(result.Succeeded, sink.ErrorOutput?.Value);
        Assert.Equal("#r \"nuget: Plotly.NET, 99.0.0\": this session uses the kit's Plotly.NET 6.0.0, already loaded (one version per session).",
            sink.StreamText("stdout").TrimEnd('\n'));
        Assert.True(notebook.IsEmpty("nuget-cache"));
    }
}
