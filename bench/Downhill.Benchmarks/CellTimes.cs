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
///       [--threshold 0.3] [--runs 1]
/// </summary>
internal static class CellTimes
{
    public static int Run(string[] args)
    {
        var threshold = double.Parse(Option(args, "--threshold") ?? "0.3", CultureInfo.InvariantCulture);
        var runs = int.Parse(Option(args, "--runs") ?? "1", CultureInfo.InvariantCulture);
        var named = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal))).ToList();
        var lessons = named.Count > 0
            ? named.Select(Path.GetFullPath).ToList()
            : RepositoryPaths.LessonFiles.Select(f => Path.Combine(RepositoryPaths.Notebooks, f)).ToList();
        Environment.CurrentDirectory = RepositoryPaths.Notebooks; // the lessons read data relative to their folder
        var me = Process.GetCurrentProcess();
        var failed = false;
        Console.WriteLine($"load average before: {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        Console.WriteLine("lesson | cell | wall s | CPU s | over");
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
                    var sink = new CollectingSink();
                    me.Refresh();
                    var cpuBefore = me.TotalProcessorTime;
                    var clock = Stopwatch.StartNew();
                    var result = session.ExecuteAsync(cell.Source, $"cell {index}", sink).GetAwaiter().GetResult();
                    var wall = clock.Elapsed.TotalSeconds;
                    me.Refresh();
                    var cpu = (me.TotalProcessorTime - cpuBefore).TotalSeconds;
                    var over = !first && cpu > threshold ? "OVER" : "";
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{Path.GetFileNameWithoutExtension(path)} | {index}{(first ? " (load)" : "")} | {wall:0.000} | {cpu:0.000} | {over}"));
                    if (result.Status != ExecutionStatus.Ok)
                    {
                        Console.WriteLine($"  failed: {sink.ErrorOutput?.Value}");
                        failed = true;
                        break;
                    }
                    first = false;
                }
            }
        }
        return failed ? 1 : 0;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
