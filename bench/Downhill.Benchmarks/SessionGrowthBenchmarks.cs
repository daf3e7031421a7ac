using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Downhill.Notebooks.CellExecution;
using Downhill.Notebooks.Formatting;

namespace Downhill.Benchmarks;

/// <summary>
/// Issue 23, item 7: does a cell's cost depend on how many cells the session ran before it? The same small cell
/// (a student's rerun after changing α) after 10 earlier runs and after 1,000, in one BenchmarkDotNet run so the
/// ratio is read directly. Each earlier run is a Roslyn submission chained to all before it.
/// Besides time and allocation per cell, the setup prints the memory the earlier runs left behind
/// ("retained per earlier cell"), measured after a full collection — what a class server pays thirty times over.
/// Run: dotnet run -c Release --project bench/Downhill.Benchmarks -- --filter '*SessionGrowth*'
/// (on a loaded machine add --inProcess: BenchmarkDotNet's build of its own project may pass its 2-minute limit).
/// Figures before and after each change are in bench/README.md (SubmissionChain: 100 → 68 KB kept per cell;
/// Reruns: an unchanged rerun keeps about 1 KB and takes about a millisecond, an edited cell still 68 KB and 20–30 ms).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 6)]
[InvocationCount(5, unrollFactor: 1)]
public class SessionGrowthBenchmarks
{
    private const string Rerun = """
        alpha = 0.1;
        var w = 3.0;
        for (var k = 0; k < 50; k++) w -= alpha * 2 * w;
        w
        """;

    [Params(10, 1_000)]
    public int EarlierCells { get; set; }

    /// <summary>
    /// False: the same cell every time (a rerun runs its earlier compilation again, see Reruns). True: the cell is
    /// edited before every run (a different constant), so each run compiles a new submission, as the chain grows.
    /// </summary>
    [Params(false, true)]
    public bool EditedEachTime { get; set; }

    private int edits;

    private CSharpSession? session;
    private readonly NullSink sink = new();

    [GlobalSetup]
    public void RunEarlierCells()
    {
        session = new CSharpSession(new SessionOptions { WorkingDirectory = Path.GetTempPath() });
        Execute("double alpha = 0.1;");
        var before = RetainedBytes();
        for (var i = 0; i < EarlierCells; i++) Execute(Cell());
        var perCell = (RetainedBytes() - before) / EarlierCells;
        Console.WriteLine($"// retained per earlier cell after {EarlierCells} cells: {perCell / 1024.0:F1} KB; heap now {RetainedBytes() / 1048576.0:F0} MB");
    }

    [GlobalCleanup]
    public void StopSession() => session?.Dispose();

    [Benchmark(Description = "rerun of a small cell")]
    public ExecutionResult RerunCell() => Execute(Cell());

    private string Cell() => EditedEachTime ? $"{Rerun} + {edits++} * 0.0" : Rerun;

    private static long RetainedBytes()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private ExecutionResult Execute(string code)
    {
        var result = session!.ExecuteAsync(code, "cell", sink).GetAwaiter().GetResult();
        return result.Succeeded ? result : throw new InvalidOperationException($"The benchmark cell failed: {sink.LastError}");
    }

    private sealed class NullSink : IOutputSink
    {
        public string? LastError { get; private set; }

        public void Stream(string name, string text) { }

        public void Display(MimeBundle bundle, string displayId) { }

        public void UpdateDisplay(MimeBundle bundle, string displayId) { }

        public void Result(MimeBundle bundle) { }

        public void Error(CellError error) => LastError = error.Value;
    }
}
