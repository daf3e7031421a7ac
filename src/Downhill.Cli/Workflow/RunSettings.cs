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
    bool SafePages = false);
