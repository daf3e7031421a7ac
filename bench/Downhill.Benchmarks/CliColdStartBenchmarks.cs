using System.Diagnostics;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Downhill.Notebooks.Documents;

namespace Downhill.Benchmarks;

/// <summary>
/// Cold start of `downhill run` on a one-cell notebook, as a whole process: start, load Roslyn, compile
/// and run the cell, write the executed notebook, exit. Measured in the same run against Debian's
/// Python doing nothing (the floor of any process start) and a Python Jupyter kernel starting and
/// answering its first cell through jupyter_client (the yardstick from the issue). Target: under 1.5 s.
/// The command is measured twice: as built (what `dotnet run` gives) and published for this runtime,
/// where ReadyToRun has precompiled Roslyn (the project publishes with ReadyToRun always).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 10, invocationCount: 1)]
public class CliColdStartBenchmarks
{
    private const string Python = "/usr/bin/python3";

    private const string PythonKernelFirstCell = """
        import logging; logging.disable(logging.CRITICAL)
        from jupyter_client.manager import start_new_kernel
        km, kc = start_new_kernel(kernel_name='python3')
        reply = kc.execute_interactive('1 + 1', timeout=60)
        assert reply['content']['status'] == 'ok', reply
        kc.stop_channels(); km.shutdown_kernel(now=True)
        """;

    private string folder = "";

    [GlobalSetup]
    public void WriteNotebook()
    {
        folder = Path.Combine(Path.GetTempPath(), $"downhill-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var cell = new NotebookCell(CellKind.Code, "using Downhill;\nnew Parabola().Value(new[] { 3.0 })");
        NotebookFile.Write(new Notebook([cell]), Path.Combine(folder, "one-cell.ipynb"));
    }

    [GlobalSetup(Target = nameof(DownhillRunReadyToRun))]
    public void PublishReadyToRun()
    {
        WriteNotebook();
        var project = Path.Combine(RepositoryRoot(), "src", "Downhill.Cli", "Downhill.Cli.csproj");
        Run("dotnet", "publish", project, "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "--self-contained", "false", "-o", PublishedFolder);
    }

    [GlobalCleanup]
    public void RemoveNotebook() => Directory.Delete(folder, recursive: true);

    [Benchmark(Baseline = true, Description = "python3 -c pass")]
    public void PythonProcess() => Run(Python, "-c", "pass");

    [Benchmark(Description = "Python kernel: start + first cell")]
    public void PythonKernel() => Run(Python, "-c", PythonKernelFirstCell);

    [Benchmark(Description = "downhill run one-cell.ipynb")]
    public void DownhillRun() => Run("dotnet", CommandDll, "run", "one-cell.ipynb", "--output-dir", "out");

    [Benchmark(Description = "downhill run, ReadyToRun publish")]
    public void DownhillRunReadyToRun() => Run("dotnet", Path.Combine(PublishedFolder, "Downhill.Cli.dll"), "run", "one-cell.ipynb", "--output-dir", "out");

    private string PublishedFolder => Path.Combine(folder, "published");

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Downhill.sln"))) return dir.FullName;
        throw new InvalidOperationException("Cannot find the repository (Downhill.sln) above " + AppContext.BaseDirectory);
    }

    /// <summary>The command's assembly, copied beside the benchmarks by the project reference.</summary>
    private static string CommandDll => Path.Combine(AppContext.BaseDirectory, "Downhill.Cli.dll");

    private void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PYDEVD_DISABLE_FILE_VALIDATION"] = "1";
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} exited with {process.ExitCode}: {output.Result}{errors.Result}");
    }
}
