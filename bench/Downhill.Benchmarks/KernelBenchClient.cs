using System.Diagnostics;
using Downhill.Jupyter.Tests.Client;

namespace Downhill.Benchmarks;

/// <summary>
/// A kernel process (ours or Debian's ipykernel) started from a fresh connection file, driven by the kernel tests'
/// own Jupyter client — the same thing jupyter_client does, without Python in the measured path.
/// </summary>
internal sealed class KernelBenchClient : IDisposable
{
    private readonly Process _process;
    private readonly KernelClient _client;
    private readonly string _folder;

    private KernelBenchClient(Func<string, ProcessStartInfo> command, string workingDirectory)
    {
        _folder = Path.Combine(Path.GetTempPath(), $"downhill-bench-kernel-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_folder);
        var connection = ConnectionFile.Write(_folder);
        var start = command(connection.Path);
        start.WorkingDirectory = workingDirectory;
        start.RedirectStandardError = true;
        start.RedirectStandardOutput = true;
        _process = Process.Start(start)!;
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
        _client = new KernelClient(connection);
    }

    /// <summary>
    /// Our kernel, started as its kernelspec starts it (dotnet Downhill.Cli.dll kernel start), in the notebooks folder:
    /// the bench's own build, or the published command in <paramref name="cliFolder"/> (what students run).
    /// </summary>
    public static KernelBenchClient StartDownhill(string? cliFolder = null)
    {
        var folder = cliFolder ?? Path.GetDirectoryName(typeof(Downhill.Jupyter.KernelIdentity).Assembly.Location)!;
        var spec = Downhill.Jupyter.Install.KernelSpecInstaller.KernelJson(Command(folder));
        return new KernelBenchClient(connection =>
        {
            var argv = spec["argv"]!.AsArray().Select(a => a!.GetValue<string>().Replace("{connection_file}", connection)).ToList();
            var start = new ProcessStartInfo(argv[0], argv.Skip(1));
            foreach (var (name, value) in spec["env"]!.AsObject()) start.Environment[name] = value!.GetValue<string>();
            return start;
        }, NotebooksFolder());
    }

    /// <summary>
    /// How to start the downhill command in <paramref name="folder"/>: a self-contained publish (the README's) through its
    /// app host, as its kernelspec does; a framework-dependent build through dotnet.
    /// </summary>
    public static IReadOnlyList<string> Command(string folder) =>
        File.Exists(Path.Combine(folder, "System.Private.CoreLib.dll"))
            ? [Path.Combine(folder, "Downhill.Cli")]
            : ["dotnet", Path.Combine(folder, "Downhill.Cli.dll")];

    /// <summary>Debian's Python kernel, as its kernelspec starts it.</summary>
    public static KernelBenchClient StartIpykernel() =>
        new(connection => new ProcessStartInfo("/usr/bin/python3", ["-m", "ipykernel_launcher", "-f", connection]), Path.GetTempPath());

    /// <summary>The kernel's process id, for its CPU time in /proc.</summary>
    public int ProcessId => _process.Id;

    /// <summary>The Jupyter client talking to the kernel.</summary>
    public KernelClient Client => _client;

    /// <summary>Sends kernel_info until it is answered (a kernel binds its sockets a moment after it starts).</summary>
    public void WaitUntilReady() => _client.WaitUntilReady(() => _process.HasExited);

    /// <summary>Runs a cell and waits for its execute_reply and for iopub to go idle; throws when the cell failed.</summary>
    public void Execute(string code)
    {
        var (reply, _) = _client.Execute(code);
        if (reply.Text("status") != "ok")
            throw new InvalidOperationException($"The cell failed: {reply.Text("evalue")}");
    }

    private static string NotebooksFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Downhill.sln"))) return Path.Combine(dir.FullName, "notebooks");
        return Path.GetTempPath();
    }

    public void Dispose()
    {
        _client.Dispose();
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(5000);
        _process.Dispose();
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* left for the system's temp cleaning */ }
    }
}
