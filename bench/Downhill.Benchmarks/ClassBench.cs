using System.Diagnostics;
using System.Globalization;
using Downhill.Testing;

namespace Downhill.Benchmarks;

/// <summary>
/// `class`: a class of N students (default 10) logging in at once to a real JupyterHub on 127.0.0.1, each opening a lesson
/// and running every cell with the `downhill` kernel (the driver the class test uses: tests/…/Hub/class_on_hub.py).
/// Reports the class's wall time (first request to last cell done), each student's times and errors, and every kernel's
/// PSS, RSS and CPU while the whole class runs.
/// A command rather than a BenchmarkDotNet benchmark: one run takes half a minute and starts a hub, its proxy and
/// ten servers; BenchmarkDotNet's iterations would repeat that dozens of times and report none of the per-kernel memory.
/// Run:  dotnet run -c Release --project bench/Downhill.Benchmarks -- class [--students 10] [--runs 1]
///       [--cli FOLDER (a published downhill command; default: the README's build, ./downhill)] [--lesson notebooks/NN.ipynb]
/// </summary>
internal static class ClassBench
{
    public static int Run(string[] args)
    {
        var students = int.Parse(BenchArguments.Option(args, "--students") ?? "10", CultureInfo.InvariantCulture);
        var runs = int.Parse(BenchArguments.Option(args, "--runs") ?? "1", CultureInfo.InvariantCulture);
        var lesson = BenchArguments.Option(args, "--lesson") ?? ClassOnHub.DefaultLesson;
        var cli = BenchArguments.Option(args, "--cli");
        if (ClassOnHub.MissingPrerequisite() is { } missing)
        {
            Console.Error.WriteLine($"Cannot run a class here: {missing}.");
            return 2;
        }

        var prefix = Path.Combine(Path.GetTempPath(), $"downhill-class-kernel-{Guid.NewGuid():N}");
        try
        {
            InstallKernel(cli, prefix);
            Console.WriteLine($"Kernel: {(cli is null ? "the README's build (./downhill)" : cli)}; {students} students; {lesson}");
            var failed = false;
            for (var run = 1; run <= runs; run++)
            {
                var load = BenchArguments.LoadAverage();
                var report = ClassOnHub.Run(Path.Combine(prefix, "share", "jupyter"), students, TimeSpan.FromMinutes(10), lesson);
                Console.WriteLine($"\nRun {run} of {runs} (load average before: {load})");
                Print(report);
                failed |= report.Failure is not null || report.Students.Any(s => s.Errors.Count > 0) || report.Leftovers.Count > 0;
            }
            return failed ? 1 : 0;
        }
        finally
        {
            if (Directory.Exists(prefix)) Directory.Delete(prefix, recursive: true);
        }
    }

    // The README's way (./downhill kernel install, which publishes the command first if the sources changed), or a given build.
    private static void InstallKernel(string? cli, string prefix)
    {
        IReadOnlyList<string> command = cli is null ? [Path.Combine(RepositoryPaths.Root, "downhill")] : KernelBenchClient.Command(Path.GetFullPath(cli));
        var start = new ProcessStartInfo(command[0], [.. command.Skip(1), "kernel", "install", "--prefix", prefix]);
        var install = ProcessRun.Run(start, TimeSpan.FromMinutes(20));
        if (install.ExitCode != 0) throw new InvalidOperationException($"Installing the kernel failed ({install.ExitCode}):\n{install.Output}");
    }

    private static void Print(ClassReport report)
    {
        if (report.Failure is not null) Console.WriteLine($"FAILED: {report.Failure}\n{report.HubLogTail}");
        Console.WriteLine($"Class wall time (first login to last cell): {report.ClassSeconds:F1} s");
        Console.WriteLine($"{"student",-10} {"server ready",12} {"kernel ready",12} {"lesson done",12} {"cells",6} {"first Tab",10}  errors");
        foreach (var s in report.Students)
            Console.WriteLine($"{s.Name,-10} {Seconds(s.ServerReadySeconds),12} {Seconds(s.KernelReadySeconds),12} {Seconds(s.DoneSeconds),12} {s.Cells,3}/{s.CellsInLesson,-2} {Seconds(s.TabSeconds),10}  {string.Join("; ", s.Errors)}");
        Summarize("kernel", report.Kernels, "at the lesson's end");
        Summarize("kernel", report.KernelsAfterTab, "after one Tab each");
        Summarize("server", report.Servers, "(jupyterhub-singleuser)");
        if (report.Leftovers.Count > 0) Console.WriteLine($"Left running after the hub stopped (killed): {string.Join(", ", report.Leftovers)}");
    }

    private static void Summarize(string what, IReadOnlyList<ProcessMemory> processes, string when)
    {
        if (processes.Count == 0) return;
        Console.WriteLine($"{processes.Count} {what}s {when}: PSS {Range(processes.Select(p => p.PssMb))} MB (sum {processes.Sum(p => p.PssMb):F0}), " +
                          $"RSS {Range(processes.Select(p => p.RssMb))} MB, CPU {Range(processes.Select(p => p.CpuSeconds), "F2")} s (sum {processes.Sum(p => p.CpuSeconds):F1})");
    }

    private static string Range(IEnumerable<double> values, string format = "F0")
    {
        var sorted = values.Order().ToList();
        return $"{sorted[0].ToString(format, CultureInfo.InvariantCulture)}–{sorted[^1].ToString(format, CultureInfo.InvariantCulture)} (median {sorted[sorted.Count / 2].ToString(format, CultureInfo.InvariantCulture)})";
    }

    private static string Seconds(double? seconds) => seconds is { } s ? $"{s:F1} s" : "—";

}
