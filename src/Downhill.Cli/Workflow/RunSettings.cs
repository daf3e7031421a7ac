using Downhill.Notebooks.Parameters;

namespace Downhill.Cli.Workflow;

/// <summary>Everything `downhill run` was asked to do, checked and resolved to full paths.</summary>
internal sealed record RunSettings(
    IReadOnlyList<string> Notebooks,
    IReadOnlyList<ParameterOverride> Parameters,
    string OutputDirectory,
    bool Html,
    bool InPlace,
    TimeSpan CellTimeout,
    bool SafePages = false)
{
    /// <summary>The tools that run each notebook in a sandbox (`--sandbox`), or null to run them in this process.</summary>
    public Sandbox.SandboxTools? Sandbox { get; init; }
}
