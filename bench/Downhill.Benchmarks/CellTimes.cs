using System.Diagnostics;
using System.Globalization;
using Downhill.Notebooks.CellExecution;
using Downhill.Notebooks.Documents;
using Downhill.Testing;

namespace Downhill.Benchmarks;

/// <summary>
/// `cells`: every code cell of the lessons run in order in one fresh session each (as `downhill run` does), with each
/// cell's wall time and the process's CPU time spent in it; cells over the threshold (default 0.3 s of CPU) are marked.
/// A command rather than a BenchmarkDotNet benchmark: a cell's first run (compiling it, jitting what it calls) is what a
/// student waits for, and repeating it would measure something else. The first cell (loading the kit) is listed but is
/// not a lesson's compute.
/// Run:  dotnet run -c Release --project bench/Downhill.Benchmarks -- cells [notebooks/03-learning-rates.ipynb …]
///       [--threshold 0.3] [--runs 1] [--rerun]
/// With --rerun each cell is run a second time right after its first run, as a student rerunning it would: the rerun's
/// CPU is the cell's own compute with the compiler and the JIT warm, and it is the figure the threshold is checked on.
/// The CPU is the whole process's: the garbage collector's threads and the JIT's background tier-1 compilations (mostly
/// of Roslyn, after a cell compiles) count in the cell they happen in. A second lesson in the same process finds the JIT
/// warm, so time one lesson per process. CELLS_ECHO=1 prints what each cell writes to the console.
/// </summary>
internal static class CellTimes
{
    public static int Run(string[] args)
    {
        var threshold = double.Parse(BenchArguments.Option(args, "--threshold") ?? "0.3", CultureInfo.InvariantCulture);
        var runs = int.Parse(BenchArguments.Option(args, "--runs") ?? "1", CultureInfo.InvariantCulture);
        var rerun = args.Contains("--rerun");
        var named = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || args[i - 1] is not ("--threshold" or "--runs"))).ToList();
        var lessons = named.Count > 0
            ? named.Select(Path.GetFullPath).ToList()
            : RepositoryPaths.LessonFiles.Select(f => Path.Combine(RepositoryPaths.Notebooks, f)).ToList();
        Environment.CurrentDirectory = RepositoryPaths.Notebooks; // the lessons read data relative to their folder
        var me = Process.GetCurrentProcess();
        var failed = false;
        Console.WriteLine($"load average before: {BenchArguments.LoadAverage()}");
        Console.WriteLine(rerun ? "lesson | cell | wall s | CPU s | rerun wall s | rerun CPU s | over" : "lesson | cell | wall s | CPU s | over");
        for (var run = 1; run <= runs; run++)
        {
            foreach (var path in lessons)
            {
                var notebook = NotebookFile.Read(path);
                using var session = new CSharpSession(new SessionOptions { WorkingDirectory = RepositoryPaths.Notebooks, CellTimeout = TimeSpan.FromMinutes(5) });
                var first = true;
                foreach (var cell in notebook.Cells.Where(c => c.Kind == CellKind.Code))
                {
                    var index = notebook.Cells.IndexOf(cell) + 1;
                    var (ok, wall, cpu) = Time(session, cell.Source, index, me);
                    var (rerunOk, rerunWall, rerunCpu) = rerun && ok && !first ? Time(session, cell.Source, index, me) : (ok, wall, cpu);
                    var over = !first && (rerun ? rerunCpu : cpu) > threshold ? "OVER" : "";
                    var lesson = Path.GetFileNameWithoutExtension(path);
                    var rerunColumns = rerun ? string.Create(CultureInfo.InvariantCulture, $" | {rerunWall:0.000} | {rerunCpu:0.000}") : "";
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{lesson} | {index}{(first ? " (load)" : "")} | {wall:0.000} | {cpu:0.000}{rerunColumns} | {over}"));
                    if (!ok || !rerunOk)
                    {
                        failed = true;
                        break;
                    }
                    first = false;
                }
            }
        }
        return failed ? 1 : 0;
    }

    private static (bool Ok, double Wall, double Cpu) Time(CSharpSession session, string code, int index, Process me)
    {
        var sink = new CollectingSink();
        me.Refresh();
        var cpuBefore = me.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = session.ExecuteAsync(code, $"cell {index}", sink).GetAwaiter().GetResult();
        var wall = clock.Elapsed.TotalSeconds;
        me.Refresh();
        var cpu = (me.TotalProcessorTime - cpuBefore).TotalSeconds;
        if (Environment.GetEnvironmentVariable("CELLS_ECHO") == "1") Console.Write(sink.StreamText("stdout"));
        if (result.Status != ExecutionStatus.Ok) Console.WriteLine($"  cell {index} failed: {sink.ErrorOutput?.Value}");
        return (result.Status == ExecutionStatus.Ok, wall, cpu);
    }

}
