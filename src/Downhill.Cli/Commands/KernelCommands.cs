using System.CommandLine;

namespace Downhill.Cli.Commands;

// CONTRACT — being implemented (issue 4): install, uninstall, list, start.

/// <summary>`downhill kernel …`: the Jupyter kernel's install, uninstall, list and start.</summary>
internal static class KernelCommands
{
    public static Command Create() => new("kernel", "Install, remove, list or start the C# (Downhill) Jupyter kernel.");
}
