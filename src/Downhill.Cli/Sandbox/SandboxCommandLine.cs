using System.Globalization;
using Downhill.Cli.Workflow;
using Downhill.Notebooks.CellExecution;

namespace Downhill.Cli.Sandbox;

/// <summary>
/// The command line of one sandboxed notebook: this very command (`downhill run …`) inside bubblewrap,
/// under prlimit's limits. Inside, the child sees the system's programs and libraries, the .NET runtime (its installation, or the command's own folder when published with it), the command's
/// own folder and the notebook's folder, all read-only; a private in-memory /tmp that is also its HOME; and one writable
/// scratch folder for the executed notebook. It has no network (only its own loopback), sees no other process, keeps
/// no capability, and dies with its parent; when it ends, everything it started ends with it (its PID namespace closes).
/// </summary>
internal static class SandboxCommandLine
{
    /// <summary>The child's HOME: inside its private /tmp, so dotfiles a notebook writes vanish with it.</summary>
    public const string Home = "/tmp/home";

    public static IReadOnlyList<string> For(SandboxTools tools, SandboxLimits limits, string notebookPath, string scratchFolder, RunSettings settings)
    {
        var notebookFolder = Path.GetDirectoryName(notebookPath)!;
        var commandFolder = Path.GetDirectoryName(typeof(SandboxCommandLine).Assembly.Location)!;
        var invariant = CultureInfo.InvariantCulture;

        var line = new List<string>
        {
            tools.Prlimit,
            $"--cpu={limits.CpuSeconds}",
            $"--as={SandboxLimits.AddressSpaceBytes}",
            $"--fsize={SandboxLimits.FileSizeBytes}",
            $"--nofile={SandboxLimits.OpenFiles}",
            "--",
            tools.Bubblewrap,
            "--unshare-all", "--die-with-parent", "--new-session", "--cap-drop", "ALL",
            "--clearenv",
            "--setenv", "PATH", "/usr/local/bin:/usr/bin:/bin",
            "--setenv", "HOME", Home,
            "--setenv", "TMPDIR", "/tmp",
            "--setenv", "DOTNET_CLI_TELEMETRY_OPTOUT", "1",
            "--setenv", "DOTNET_GCHeapHardLimit", "0x" + SandboxLimits.ManagedHeapBytes.ToString("X", invariant),
            "--setenv", "NO_COLOR", "1",
            "--ro-bind", "/usr", "/usr",
        };
        line.AddRange(SystemFolders());
        line.AddRange(["--ro-bind-try", "/etc/localtime", "/etc/localtime"]);
        line.AddRange(["--proc", "/proc", "--dev", "/dev"]);
        line.AddRange(["--size", SandboxLimits.TemporaryFolderBytes.ToString(invariant), "--tmpfs", "/tmp", "--dir", Home]);
        // A self-contained command (the README's ./downhill) carries its runtime in its own folder; a framework-dependent
        // one (dotnet build, the tests) runs on the dotnet installation's shared framework, which the child then needs too.
        var command = ThisCommand(commandFolder);
        if (command.DotnetRoot is { } dotnetRoot)
            line.AddRange(["--setenv", "DOTNET_ROOT", dotnetRoot, "--ro-bind", dotnetRoot, dotnetRoot]);
        line.AddRange(["--ro-bind", commandFolder, commandFolder]);
        line.AddRange(["--ro-bind", notebookFolder, notebookFolder]);
        line.AddRange(["--bind", scratchFolder, scratchFolder]);
        line.AddRange(["--chdir", notebookFolder]);

        line.AddRange(command.Launch);
        line.AddRange(["run", notebookPath, "--output-dir", scratchFolder]);
        line.AddRange(["--timeout", settings.CellTimeout.TotalSeconds.ToString("R", invariant)]);
        foreach (var parameter in settings.Parameters) line.AddRange(["-p", $"{parameter.Name}={parameter.Value}"]);
        return line;
    }

    // /bin, /lib, /lib64 and /sbin: links into /usr on a merged-/usr system (Debian's), real folders on older ones.
    private static IEnumerable<string> SystemFolders()
    {
        foreach (var folder in new[] { "/bin", "/sbin", "/lib", "/lib32", "/lib64" })
        {
            var info = new DirectoryInfo(folder);
            if (info.LinkTarget is { } target) yield return "--symlink";
            else if (info.Exists) yield return "--ro-bind";
            else continue;
            yield return info.LinkTarget ?? folder;
            yield return folder;
        }
    }

    // Self-contained: the app host in the command's folder. Framework-dependent: `dotnet Downhill.Cli.dll`, with the dotnet
    // installation whose shared framework this process runs on.
    private static (IReadOnlyList<string> Launch, string? DotnetRoot) ThisCommand(string commandFolder)
    {
        if (DotnetLayout.IsSelfContained) return ([Path.Combine(commandFolder, "Downhill.Cli")], null);
        var host = DotnetLayout.DotnetHost ?? throw new InvalidOperationException("Cannot find the dotnet host this command runs on.");
        return ([host, Path.Combine(commandFolder, "Downhill.Cli.dll")], Path.GetDirectoryName(host));
    }
}
