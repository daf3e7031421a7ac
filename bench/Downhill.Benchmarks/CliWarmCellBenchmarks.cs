using BenchmarkDotNet.Attributes;
using Downhill.Notebooks.Execution;

namespace Downhill.Benchmarks;

/// <summary>
/// Warm re-execution: in a session that has already run a few cells, running again the cell a student
/// reruns after changing α — 100 descent steps and an animated chart as the result. Target: median under 30 ms.
/// Compared with a trivial cell in the same session (the executor's fixed cost per cell).
/// </summary>
[MemoryDiagnoser]
public class CliWarmCellBenchmarks
{
    private const string Setup = """
        using Downhill.Charts;
        using Downhill.Descent;
        using Downhill.Landscapes;
        using Downhill.Optimizers;
        var curve = new Parabola();
        double alpha = 0.1;
        """;

    private const string DescentCell = """
        var run = Descent.Run(curve, new GradientDescent(alpha), new[] { 3.0 }, 100, tolerance: 0);
        Plots.BallOnCurve(curve, run)
        """;

    private CSharpSession session = null!;
    private readonly DiscardingSink sink = new();

    [GlobalSetup]
    public void StartSession()
    {
        session = new CSharpSession(new SessionOptions { WorkingDirectory = Path.GetTempPath() });
        Execute(Setup);
        Execute(DescentCell);
        Execute("1 + 1");
    }

    [GlobalCleanup]
    public void StopSession() => session.Dispose();

    [Benchmark(Baseline = true, Description = "trivial cell: 1 + 1")]
    public ExecutionResult TrivialCell() => Execute("1 + 1");

    [Benchmark(Description = "100 descent steps + BallOnCurve chart")]
    public ExecutionResult DescentAndChart() => Execute(DescentCell);

    private ExecutionResult Execute(string code)
    {
        var result = session.ExecuteAsync(code, "cell", sink).GetAwaiter().GetResult();
        return result.Succeeded ? result : throw new InvalidOperationException($"The benchmark cell failed: {sink.LastError}");
    }

    /// <summary>Keeps nothing but the last error, so the benchmark measures the executor, not a collector.</summary>
    private sealed class DiscardingSink : IOutputSink
    {
        public string? LastError { get; private set; }

        public void Stream(string name, string text) { }

        public void Display(MimeBundle bundle, string displayId) { }

        public void UpdateDisplay(MimeBundle bundle, string displayId) { }

        public void Result(MimeBundle bundle)
        {
            if (bundle.HtmlText is null) throw new InvalidOperationException("The chart cell returned no HTML.");
        }

        public void Error(CellError error) => LastError = error.Value;
    }
}
