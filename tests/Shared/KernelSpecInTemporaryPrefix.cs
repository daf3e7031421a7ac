using System.Diagnostics;

namespace Downhill.Testing;

/// <summary>
/// `downhill kernel install --prefix DIR` run for real (the command, not a shortcut), so Jupyter's
/// own clients find the kernel through JUPYTER_PATH=DIR/share/jupyter.
/// </summary>
public sealed class KernelSpecInTemporaryPrefix : IDisposable
{
    public KernelSpecInTemporaryPrefix()
    {
        Prefix = RepositoryPaths.NewTempFolder("downhill-prefix");
        var install = RunCommand(["kernel", "install", "--prefix", Prefix]);
        if (install.ExitCode != 0) throw new InvalidOperationException($"downhill kernel install failed ({install.ExitCode}): {install.Output}");
    }

    public string Prefix { get; }

    public string JupyterPath => Path.Combine(Prefix, "share", "jupyter");

    /// <summary>Runs `downhill …` (dotnet Downhill.Cli.dll) and returns its exit code and combined output.</summary>
    public static ProcessResult RunCommand(IEnumerable<string> arguments, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(BuiltCommand.DotnetHost, [BuiltCommand.Assembly, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        return ProcessRun.Run(start);
    }

    public void Dispose()
    {
        try { Directory.Delete(Prefix, recursive: true); }
        catch (IOException) { /* a kernel still shutting down may hold a file; the temp folder is cleaned anyway */ }
    }
}
