using Spectre.Console;

namespace Downhill.Cli;

/// <summary>Where the command writes and which folder it starts from; tests give their own.</summary>
internal sealed record CliContext(IAnsiConsole Console, string CurrentDirectory)
{
    /// <summary>
    /// Whether each notebook runs with its own folder as the process's current directory. True for the real
    /// command; false for in-process tests, which share one process and run in parallel.
    /// </summary>
    public bool EntersNotebookFolders { get; init; }

    public static CliContext FromProcess() => new(AnsiConsole.Console, Environment.CurrentDirectory) { EntersNotebookFolders = true };

    /// <summary>A plain-text console (no colours, no live progress) writing to <paramref name="writer"/>.</summary>
    public static CliContext Plain(TextWriter writer, string currentDirectory, int width = 120)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = width;
        return new CliContext(console, currentDirectory);
    }
}
