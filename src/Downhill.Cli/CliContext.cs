using Spectre.Console;

namespace Downhill.Cli;

/// <summary>Where the command writes and which folder it starts from; tests give their own.</summary>
internal sealed record CliContext(IAnsiConsole Console, string CurrentDirectory)
{
    public static CliContext FromProcess() => new(AnsiConsole.Console, Environment.CurrentDirectory);

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
