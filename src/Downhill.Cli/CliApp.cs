using System.CommandLine;
using System.CommandLine.Help;
using Downhill.Cli.Commands;
using Downhill.Notebooks.Documents;
using Spectre.Console;

namespace Downhill.Cli;

/// <summary>The `downhill` command tree (without the kernel commands, which Program adds) and how it is invoked.</summary>
internal static class CliApp
{
    public static RootCommand CreateRoot(CliContext context)
    {
        var root = new RootCommand("""
            Downhill: run, render and serve the gradient descent notebooks.
            With no arguments, runs every notebook under notebooks/ into artifacts/ with HTML pages and an index.
            """);
        root.SetAction((_, cancellation) => Guarded(context, () => RunCommand.RunEverythingAsync(context, cancellation)));
        root.Subcommands.Add(RunCommand.Create(context));
        root.Subcommands.Add(RenderCommand.Create(context));
        return root;
    }

    /// <summary>Parses and runs; usage mistakes are reported in one sentence and exit with 2, never with a stack trace.</summary>
    public static async Task<int> InvokeAsync(RootCommand root, string[] args, CliContext context, CancellationToken cancellation = default)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not HelpAction)
        {
            foreach (var error in parsed.Errors)
                context.Console.MarkupLineInterpolated($"[red]{error.Message}[/]");
            context.Console.MarkupLine("Try [bold]downhill --help[/].");
            return ExitCodes.UsageError;
        }
        var output = new ConsoleTextWriter(context.Console);
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = output }, cancellation);
    }

    /// <summary>Runs a command body, turning the user's mistakes (<see cref="NotebookException"/>) into a red line and exit code 2.</summary>
    public static async Task<int> Guarded(CliContext context, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (NotebookException e)
        {
            context.Console.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return ExitCodes.UsageError;
        }
    }

    /// <summary>
    /// Lets System.CommandLine's help text go through the same console as everything else. Every write ends
    /// in <see cref="Write(char[], int, int)"/> or <see cref="Write(string)"/>, line ends included.
    /// </summary>
    private sealed class ConsoleTextWriter(IAnsiConsole console) : TextWriter
    {
        public override System.Text.Encoding Encoding => console.Profile.Out.Writer.Encoding;

        public override void Write(char value) => console.Profile.Out.Writer.Write(value);

        public override void Write(char[] buffer, int index, int count) => console.Profile.Out.Writer.Write(buffer, index, count);

        public override void Write(string? value) => console.Profile.Out.Writer.Write(value);

        public override void Flush() => console.Profile.Out.Writer.Flush();
    }
}
