using System.Diagnostics;
using System.Text;
using Downhill.Jupyter.Install;
using Downhill.Testing;

namespace Downhill.Jupyter.Tests.Client;

/// <summary>
/// The kernel started the way Jupyter starts it: kernel.json's argv and env from this build's
/// kernelspec, with a connection file, as a separate process whose stderr the test can read.
/// </summary>
public sealed class KernelProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();

    private readonly string _folder;

    private KernelProcess(ConnectionFile connection, Process process, string folder)
    {
        Connection = connection;
        _folder = folder;
        _process = process;
        _process.ErrorDataReceived += (_, e) => { lock (_stderr) _stderr.AppendLine(e.Data); };
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
    }

    public ConnectionFile Connection { get; }

    public int Id => _process.Id;

    public string StandardError
    {
        get { lock (_stderr) return _stderr.ToString(); }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>dotnet and this build's command assembly (copied next to the tests), as `downhill kernel install` would write them.</summary>
    public static IReadOnlyList<string> LaunchCommand => [BuiltCommand.DotnetHost, BuiltCommand.Assembly];

    public static KernelProcess Start()
    {
        var folder = RepositoryPaths.NewTempFolder("downhill-kernel");
        var connection = ConnectionFile.Write(folder);
        var spec = KernelSpecInstaller.KernelJson(LaunchCommand);
        var argv = spec["argv"]!.AsArray().Select(a => a!.GetValue<string>().Replace("{connection_file}", connection.Path)).ToList();
        var start = new ProcessStartInfo(argv[0], argv.Skip(1))
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = folder,
        };
        foreach (var (name, value) in spec["env"]!.AsObject()) start.Environment[name] = value!.GetValue<string>();
        return new KernelProcess(connection, Process.Start(start)!, folder);
    }

    public bool WaitForExit(TimeSpan timeout) => _process.WaitForExit(timeout);

    public int ExitCode => _process.ExitCode;

    /// <summary>Resident memory of the kernel process in bytes.</summary>
    public long WorkingSet
    {
        get
        {
            _process.Refresh();
            return _process.WorkingSet64;
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(5000);
        _process.Dispose();
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* left for the system's temp cleaning */ }
    }
}
