using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Downhill.Jupyter.Tests.Client;
using Downhill.Notebooks.Documents;
using Downhill.Testing;

namespace Downhill.Benchmarks;

/// <summary>
/// `lessons`: what one student's kernel costs for each lesson, as the performance issue defines it. For every lesson, a
/// fresh kernel of the published command (what the kernelspec starts) runs every code cell through the Jupyter protocol,
/// then is left alone until its CPU time stops growing (any background work — warm-ups, re-jitting — included). Reported:
/// kernel ready, the first chart (the end of the first cell that drew one, from process start), Run All's wall time, the
/// kernel's CPU-seconds (at ready, at the last cell, once idle) and the costliest cells; then, in the same run, the first
/// Tab after a quiet spell, and a trivial cell's rerun against Debian's ipykernel (medians of 60 after 10 warm-ups).
/// A command rather than a BenchmarkDotNet benchmark: each measurement is one kernel's whole life, read from /proc.
/// Run:  dotnet run -c Release --project bench/Downhill.Benchmarks -- lessons [--lesson notebooks/NN.ipynb]
///       [--cli FOLDER (a published downhill command; default: the README's build, ./downhill)]
///       [--repeat N] [--against FOLDER (another published command, e.g. of an earlier commit) [--against-notebooks FOLDER]]
/// </summary>
internal static class LessonCostBench
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    public static int Run(string[] args)
    {
        var cli = BenchArguments.Option(args, "--cli") is { } given ? Path.GetFullPath(given) : PublishTheReadmeWay();
        if (args.Contains("--rerun-only"))
        {
            Rerun(cli);
            return 0;
        }
        var lessons = BenchArguments.Option(args, "--lesson") is { } one
            ? [Path.GetFullPath(one)]
            : Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "notebooks"), "*.ipynb").Order(StringComparer.Ordinal).ToArray();
        var repeat = int.Parse(BenchArguments.Option(args, "--repeat") ?? "1", CultureInfo.InvariantCulture);
        if (BenchArguments.Option(args, "--against") is { } against || repeat > 1)
        {
            var earlier = BenchArguments.Option(args, "--against") is { } other ? Path.GetFullPath(other) : null;
            var earlierNotebooks = BenchArguments.Option(args, "--against-notebooks") is { } folder ? Path.GetFullPath(folder) : null;
            Compare(cli, earlier, earlierNotebooks, lessons, Math.Max(repeat, 1));
            return 0;
        }
        Console.WriteLine($"Kernel: {cli}; load average before: {BenchArguments.LoadAverage()}");
        Console.WriteLine($"{"lesson",-28} {"ready",6} {"1st chart",9} {"Run All",8} {"CPU ready",9} {"CPU end",8} {"CPU idle",8}  costliest cells (index: CPU-s)");
        foreach (var lesson in lessons) Print(Lesson(cli, lesson));
        FirstTab(cli);
        Rerun(cli);
        return 0;
    }

    // --repeat N [--against FOLDER [--against-notebooks FOLDER]]: each lesson N times in a fresh kernel of each build, the
    // builds taking turns (which goes first alternates), so a noisy spell of the shared machine falls on both. A busy
    // machine only ever adds CPU time, so the lowest of the N is the steadiest figure of what a lesson costs; the median
    // is printed beside it.
    private static void Compare(string cli, string? earlier, string? earlierNotebooks, string[] lessons, int repeat)
    {
        Console.WriteLine($"Kernel: {cli}" + (earlier is null ? "" : $"; against {earlier}") + $"; {repeat} run(s) each; load average before: {BenchArguments.LoadAverage()}");
        Console.WriteLine($"{"lesson",-28} {"build",-7} {"ready",6} {"1st chart",9} {"Run All",8} {"CPU ready",9} {"CPU end",8} {"CPU idle",8}  costliest cells (index: CPU-s)");
        var results = new List<(string Lesson, string Build, LessonCost Cost)>();
        foreach (var lesson in lessons)
            for (var round = 0; round < repeat; round++)
            {
                var builds = new List<(string Name, string Cli, string Notebook)> { ("now", cli, lesson) };
                if (earlier is not null)
                    builds.Add(("earlier", earlier, earlierNotebooks is null ? lesson : Path.Combine(earlierNotebooks, Path.GetFileName(lesson))));
                if (round % 2 == 1) builds.Reverse();
                foreach (var (name, command, notebook) in builds)
                {
                    var cost = Lesson(command, notebook);
                    results.Add((cost.Name, name, cost));
                    Console.Write($"{cost.Name,-28} {name,-7} ");
                    Print(cost with { Name = "" }, nameWidth: 0);
                }
            }
        Console.WriteLine($"\nLoad average after: {BenchArguments.LoadAverage()}");
        Console.WriteLine($"{"lesson",-28} {"build",-7} {"CPU idle: lowest",16} {"median",7} {"1st chart: lowest",17} {"median",7}");
        foreach (var group in results.GroupBy(r => (r.Lesson, r.Build)))
        {
            var cpu = group.Select(r => r.Cost.CpuIdle).Order().ToList();
            var chart = group.Select(r => r.Cost.FirstChart ?? double.NaN).Order().ToList();
            Console.WriteLine($"{group.Key.Lesson,-28} {group.Key.Build,-7} {cpu[0],16:F2} {cpu[cpu.Count / 2],7:F2} {chart[0],17:F2} {chart[chart.Count / 2],7:F2}");
        }
    }

    private sealed record LessonCost(string Name, double Ready, double? FirstChart, double RunAll, double CpuReady, double CpuEnd, double CpuIdle, IReadOnlyList<(int Cell, double Cpu)> Costliest, string? Error);

    private static LessonCost Lesson(string cli, string path)
    {
        var cells = CodeCells(path);
        var clock = Stopwatch.StartNew();
        using var kernel = KernelBenchClient.StartDownhill(cli);
        kernel.WaitUntilReady();
        var ready = clock.Elapsed.TotalSeconds;
        var cpuReady = Cpu(kernel.ProcessId);
        double? firstChart = null;
        string? error = null;
        var perCell = new List<(int, double)>();
        for (var i = 0; i < cells.Count; i++)
        {
            var before = Cpu(kernel.ProcessId);
            var (reply, iopub) = kernel.Client.Execute(cells[i]);
            perCell.Add((i, Cpu(kernel.ProcessId) - before));
            if (firstChart is null && iopub.Any(DrawsAChart)) firstChart = clock.Elapsed.TotalSeconds;
            if (reply.Text("status") != "ok") error ??= $"cell {i}: {reply.Text("evalue")}";
        }
        var runAll = clock.Elapsed.TotalSeconds;
        var cpuEnd = Cpu(kernel.ProcessId);
        var cpuIdle = CpuOnceIdle(kernel.ProcessId);
        return new LessonCost(Path.GetFileNameWithoutExtension(path), ready, firstChart, runAll, cpuReady, cpuEnd, cpuIdle,
            perCell.OrderByDescending(c => c.Item2).Take(4).ToList(), error);
    }

    // Idle: less than 0.02 CPU-s over 6 seconds in a row (the old completion warm-up started after 3 quiet seconds).
    private static double CpuOnceIdle(int pid)
    {
        var last = Cpu(pid);
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        for (var quiet = 0; quiet < 6 && DateTime.UtcNow < deadline;)
        {
            Thread.Sleep(1000);
            var now = Cpu(pid);
            quiet = now - last < 0.02 ? quiet + 1 : 0;
            last = now;
        }
        return last;
    }

    // A kernel that has run the lesson's first cell and been left alone for 5 seconds: how long the first Tab takes.
    private static void FirstTab(string cli)
    {
        using var kernel = KernelBenchClient.StartDownhill(cli);
        kernel.WaitUntilReady();
        kernel.Client.Execute(CodeCells(Path.Combine(RepositoryPaths.Root, "notebooks", "03-learning-rates.ipynb"))[0]);
        Thread.Sleep(5000);
        var before = Cpu(kernel.ProcessId);
        var clock = Stopwatch.StartNew();
        var id = kernel.Client.Send(KernelChannel.Shell, "complete_request", new JsonObject { ["code"] = "Math.Sq", ["cursor_pos"] = 7 });
        var reply = kernel.Client.Reply(KernelChannel.Shell, id);
        Console.WriteLine($"\nFirst Tab after 5 quiet seconds (Math.Sq): {clock.Elapsed.TotalMilliseconds:F0} ms, {Cpu(kernel.ProcessId) - before:F2} CPU-s, " +
                          $"{reply.Content["matches"]!.AsArray().Count} matches");
    }

    private static void Rerun(string cli)
    {
        Console.WriteLine($"\nLoad average: {BenchArguments.LoadAverage()}");
        var ours = Median(KernelBenchClient.StartDownhill(cli), _ => "var t = 1;");
        var python = File.Exists("/usr/bin/python3") ? Median(KernelBenchClient.StartIpykernel(), _ => "t = 1") : double.NaN;
        // The same cell edited before every run (a new value each time): it cannot run its earlier compilation again.
        var edited = Median(KernelBenchClient.StartDownhill(cli), i => $"var t = {i};");
        Console.WriteLine($"Trivial cell rerun, median of 60: downhill {ours:F1} ms, ipykernel {python:F1} ms, ratio {ours / python:F2}; " +
                          $"downhill with the cell edited before each run {edited:F1} ms");
    }

    private static double Median(KernelBenchClient started, Func<int, string> code)
    {
        using var kernel = started;
        kernel.WaitUntilReady();
        for (var i = 0; i < 10; i++) kernel.Execute(code(i));
        var times = new List<double>();
        for (var i = 10; i < 70; i++)
        {
            var clock = Stopwatch.StartNew();
            kernel.Execute(code(i));
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times[times.Count / 2];
    }

    private static bool DrawsAChart(ReceivedMessage message) =>
        message.Type is "display_data" or "execute_result" && message.Content["data"] is JsonObject data
        && (data.ContainsKey("application/vnd.plotly.v1+json") || data["text/html"]?.GetValue<string>().Contains("plotly", StringComparison.OrdinalIgnoreCase) == true);

    private static List<string> CodeCells(string notebook) =>
        NotebookFile.Read(notebook).Cells.Where(cell => cell.Kind == CellKind.Code).Select(cell => cell.Source).ToList();

    // utime + stime of the process (all its threads), from /proc/<pid>/stat.
    private static double Cpu(int pid)
    {
        var fields = File.ReadAllText($"/proc/{pid}/stat").Split(')')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }

    // ./downhill publishes the command when the sources changed; --version does nothing else.
    private static string PublishTheReadmeWay()
    {
        var run = ProcessRun.Run(new ProcessStartInfo(Path.Combine(RepositoryPaths.Root, "downhill"), ["--version"]), TimeSpan.FromMinutes(20));
        if (run.ExitCode != 0) throw new InvalidOperationException($"Publishing the command failed ({run.ExitCode}):\n{run.Output}");
        return Path.Combine(RepositoryPaths.Root, ".downhill", "cli");
    }

    private static void Print(LessonCost c, int nameWidth = 28)
    {
        string S(double? v) => v is { } x ? x.ToString("F2", CultureInfo.InvariantCulture) : "—";
        Console.WriteLine($"{c.Name.PadRight(nameWidth)} {S(c.Ready),6} {S(c.FirstChart),9} {S(c.RunAll),8} {S(c.CpuReady),9} {S(c.CpuEnd),8} {S(c.CpuIdle),8}  " +
                          string.Join(", ", c.Costliest.Select(x => $"{x.Cell}: {x.Cpu:F2}")) + (c.Error is null ? "" : $"  ERROR {c.Error}"));
    }

}
