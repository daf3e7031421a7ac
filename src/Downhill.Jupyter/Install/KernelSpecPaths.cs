using System.Diagnostics;

namespace Downhill.Jupyter.Install;

/// <summary>
/// Where Jupyter looks for kernelspecs, in Jupyter's own order (jupyter_core's jupyter_path):
/// JUPYTER_PATH, the user's data folder, the Python environment's prefix, then the system folders.
/// </summary>
public static class KernelSpecPaths
{
    private const string KernelsUnderData = "kernels";

    /// <summary>The user's kernels folder (JUPYTER_DATA_DIR, or ~/.local/share/jupyter/kernels on Linux).</summary>
    public static string User()
    {
        var dataDir = Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR");
        if (!string.IsNullOrEmpty(dataDir)) return Path.Combine(dataDir, KernelsUnderData);
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "jupyter", KernelsUnderData);
        if (OperatingSystem.IsMacOS())
            return Path.Combine(home, "Library", "Jupyter", KernelsUnderData);
        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        return Path.Combine(string.IsNullOrEmpty(xdg) ? Path.Combine(home, ".local", "share") : xdg, "jupyter", KernelsUnderData);
    }

    /// <summary>{prefix}/share/jupyter/kernels, as `jupyter kernelspec install --prefix` uses.</summary>
    public static string Prefix(string prefix) => Path.Combine(Path.GetFullPath(prefix), "share", "jupyter", KernelsUnderData);

    /// <summary>
    /// The kernels folder of the Python environment that runs Jupyter: the active virtualenv or conda
    /// environment, else python3's sys.prefix; null when no Python can be found.
    /// </summary>
    public static string? SysPrefix()
    {
        foreach (var variable in new[] { "VIRTUAL_ENV", "CONDA_PREFIX" })
        {
            var value = Environment.GetEnvironmentVariable(variable);
            if (!string.IsNullOrEmpty(value)) return Prefix(value);
        }
        var pythonPrefix = PythonSysPrefix();
        return pythonPrefix is null ? null : Prefix(pythonPrefix);
    }

    /// <summary>Every folder Jupyter searches, first match wins, without duplicates.</summary>
    public static IReadOnlyList<string> SearchPath()
    {
        var folders = new List<string>();
        var jupyterPath = Environment.GetEnvironmentVariable("JUPYTER_PATH");
        if (!string.IsNullOrEmpty(jupyterPath))
            folders.AddRange(jupyterPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(p => Path.Combine(p, KernelsUnderData)));
        folders.Add(User());
        if (SysPrefix() is { } sysPrefix) folders.Add(sysPrefix);
        if (!OperatingSystem.IsWindows())
        {
            folders.Add("/usr/local/share/jupyter/kernels");
            folders.Add("/usr/share/jupyter/kernels");
        }
        return folders.Select(Path.GetFullPath).Distinct().ToList();
    }

    private static string? PythonSysPrefix()
    {
        try
        {
            using var python = Process.Start(new ProcessStartInfo(OperatingSystem.IsWindows() ? "python" : "python3", ["-c", "import sys; print(sys.prefix)"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (python is null) return null;
            var output = python.StandardOutput.ReadToEndAsync();
            // A Python that does not answer within seconds (a broken shim, a prompt) is treated as no Python.
            if (!python.WaitForExit(TimeSpan.FromSeconds(20)) || !output.Wait(TimeSpan.FromSeconds(5)))
            {
                python.Kill(entireProcessTree: true);
                return null;
            }
            var prefix = output.Result.Trim();
            return python.ExitCode == 0 && prefix.Length > 0 ? prefix : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // no Python on PATH
        }
    }
}
