using Downhill.Notebooks.Documents;

namespace Downhill.Cli.Sandbox;

/// <summary>
/// The two programs `run --sandbox` is built from: Debian's bubblewrap (namespaces and mounts) and util-linux's
/// prlimit (resource limits). Either missing is a refusal, never a quiet run without the sandbox.
/// </summary>
internal sealed record SandboxTools(string Bubblewrap, string Prlimit)
{
    public static SandboxTools Find()
    {
        if (!OperatingSystem.IsLinux())
            throw new NotebookException("--sandbox works on Linux only (it needs Linux namespaces through bubblewrap); nothing was run.");
        var bubblewrap = OnPath("bwrap")
            ?? throw new NotebookException("--sandbox needs bubblewrap (bwrap), which is not installed (Debian: apt-get install bubblewrap); nothing was run.");
        var prlimit = OnPath("prlimit")
            ?? throw new NotebookException("--sandbox needs prlimit (Debian: apt-get install util-linux) to limit CPU and memory; nothing was run.");
        return new SandboxTools(bubblewrap, prlimit);
    }

    private static string? OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}
