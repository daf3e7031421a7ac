using Downhill.Notebooks.Formatting;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Downhill.Notebooks.CellExecution;

namespace Downhill.Benchmarks;

/// <summary>
/// Warm re-execution: in a session that has already run a few cells, running again the cell a student
/// reruns after changing α — 100 descent steps and an animated chart as the result. Target: median under 30 ms.
/// Compared with a trivial cell in the same session (the executor's fixed cost per cell).
///
/// Each iteration starts from a fresh, warmed session and reruns the cell 20 times, as a student would in
/// one sitting. Why not one session for the whole run: every cell is a new Roslyn submission chained to
/// all before it, and after a few hundred submissions a cell costs several times more (measured: 18 ms
/// at first, 60 ms after ~300), which no lesson comes near.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 15)]
[InvocationCount(RerunsPerSitting, unrollFactor: 1)]
public class CliWarmCellBenchmarks
{
    private const string Setup = """
        using Downhill;
        var curve = new Parabola();
        double alpha = 0.1;
        """;

    private const string DescentCell = """
        var run = Descent.Run(curve, new GradientDescent(alpha), new[] { 3.0 }, 100, tolerance: 0);
        Plots.BallOnCurve(curve, run)
        """;

    private const int RerunsPerSitting = 20;

    private CSharpSession? session;
    private readonly DiscardingSink sink = new();

    [IterationSetup]
    public void StartSession()
    {
        session?.Dispose();
        session = new CSharpSession(new SessionOptions { WorkingDirectory = Path.GetTempPath() });
        Execute(Setup);
        Execute(DescentCell);
        if (sink.LastResult?.HtmlText is null) throw new InvalidOperationException("The chart cell returned no HTML, so it would not measure a chart.");
        Execute("1 + 1");
    }

    [GlobalCleanup]
    public void StopSession() => session?.Dispose();

    [Benchmark(Baseline = true, Description = "trivial cell: 1 + 1")]
    public ExecutionResult TrivialCell() => Execute("1 + 1");

    [Benchmark(Description = "100 descent steps + BallOnCurve chart")]
    public ExecutionResult DescentAndChart() => Execute(DescentCell);

    // What the guards that keep user code from killing the session (stack checks in every method the cell declares,
    // Environment.Exit and thread crashes turned into errors) add to each run: the rewrite alone, on the same cell and
    // on a cell that declares functions — part of the cells above, shown beside them so the share is read in one run.
    private const string CellWithFunctions = """
        double Q(double w) => 2 * w * w;
        double Slope(double w) => 4 * w;
        int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);
        var w = 3.0;
        for (var k = 0; k < 100; k++) w -= alpha * Slope(w);
        Console.WriteLine($"{Q(w)} {Fib(20)}");
        """;

    [Benchmark(Description = "guard rewrite only: the chart cell")]
    public string GuardRewriteChartCell() => SubmissionGuards.Apply(DescentCell);

    [Benchmark(Description = "guard rewrite only: a cell declaring 3 functions")]
    public string GuardRewriteFunctionsCell() => SubmissionGuards.Apply(CellWithFunctions);

    private ExecutionResult Execute(string code)
    {
        var result = session!.ExecuteAsync(code, "cell", sink).GetAwaiter().GetResult();
        return result.Succeeded ? result : throw new InvalidOperationException($"The benchmark cell failed: {sink.LastError}");
    }

    /// <summary>Keeps only the last result and error, so the benchmark measures the executor, not a collector.</summary>
    private sealed class DiscardingSink : IOutputSink
    {
        public string? LastError { get; private set; }

        public MimeBundle? LastResult { get; private set; }

        public void Stream(string name, string text) { }

        public void Display(MimeBundle bundle, string displayId) { }

        public void UpdateDisplay(MimeBundle bundle, string displayId) { }

        public void Result(MimeBundle bundle) => LastResult = bundle;

        public void Error(CellError error) => LastError = error.Value;
    }
}
