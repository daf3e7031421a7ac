using System.CommandLine;
using Downhill.Cli.Sandbox;
using Downhill.Cli.Workflow;
using Downhill.Notebooks.Documents;
using Downhill.Notebooks.Parameters;

namespace Downhill.Cli.Commands;

/// <summary>`downhill run [files or folders]... [-p name=value]... [--output-dir DIR] [--html [--safe]] [--sandbox] [--in-place] [--timeout SECONDS]`.</summary>
internal static class RunCommand
{
    public const string DefaultOutputFolder = "artifacts";

    /// <summary>The longest --timeout: 24 days, under the 2^31 milliseconds a .NET timer can wait.</summary>
    public const double MaxTimeoutSeconds = 24 * 24 * 3600;

    public static Command Create(CliContext context)
    {
        var notebooks = new Argument<string[]>("notebooks")
        {
            Description = "Notebooks (.ipynb, .dib) or folders of them. None: everything under notebooks/.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var parameters = new Option<string[]>("--parameter", "-p")
        {
            Description = "Override a knob of the cell tagged 'parameters', e.g. -p alpha=0.85 (repeatable).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var outputDir = new Option<string?>("--output-dir", "-o")
        {
            Description = $"Where executed notebooks and pages go (default: {DefaultOutputFolder}/).",
        };
        var html = new Option<bool>("--html") { Description = "Also write a standalone HTML page per notebook, and an index." };
        var safe = new Option<bool>("--safe")
        {
            Description = "With --html: pages for notebooks you did not write (students' work) — their HTML is cleaned and none of their scripts run.",
        };
        var sandbox = new Option<bool>("--sandbox")
        {
            Description = "For notebooks you did not write: run each in a locked-down child (Linux, bubblewrap) — no network, no files outside its folder, nothing left running; pages are safe.",
        };
        var inPlace = new Option<bool>("--in-place")
        {
            Description = "Save a successful run over the source .ipynb. A failed run never touches the source.",
        };
        var timeout = new Option<double?>("--timeout")
        {
            Description = "Stop a cell that runs longer than this many seconds (default: 120).",
        };

        var command = new Command("run", """
            Run notebooks top to bottom, each in a fresh C# session, and save the executed copies.
            Results go to the output folder, never over the source unless --in-place. A notebook that fails is
            written there too, with its error, so you can see where it stopped.
            Exit code: 0 when every notebook ran to the end, 1 when one did not, 2 when the command was wrong.
            """)
        {
            notebooks, parameters, outputDir, html, safe, sandbox, inPlace, timeout,
        };
        command.SetAction((parsed, cancellation) => CliApp.Guarded(context, () =>
        {
            var seconds = parsed.GetValue(timeout);
            if (seconds is <= 0 or double.NaN or double.PositiveInfinity)
                throw new NotebookException($"--timeout must be a positive number of seconds; got {seconds}.");
            if (seconds > MaxTimeoutSeconds) // .NET's timers go no further than about 24.8 days
                throw new NotebookException($"--timeout can be at most {MaxTimeoutSeconds:N0} seconds (24 days); got {seconds}.");
            var paths = parsed.GetValue(notebooks) ?? [];
            if (parsed.GetValue(safe) && !parsed.GetValue(html))
                throw new NotebookException("--safe is about the HTML pages; add --html to write them.");
            // A sandboxed notebook is a stranger's, so its page is a safe one too.
            var sandboxed = parsed.GetValue(sandbox);
            var settings = Settings(context, paths, parsed.GetValue(parameters) ?? [], parsed.GetValue(outputDir),
                parsed.GetValue(html), parsed.GetValue(inPlace), seconds) with
            {
                SafePages = parsed.GetValue(safe) || sandboxed,
                Sandbox = sandboxed ? SandboxTools.Find() : null,
            };
            return RunBatch.ExecuteAsync(settings, context, cancellation);
        }));
        return command;
    }

    /// <summary>A bare `downhill`: every notebook under notebooks/ into artifacts/, with pages and an index.</summary>
    public static Task<int> RunEverythingAsync(CliContext context, CancellationToken cancellation) =>
        RunBatch.ExecuteAsync(Settings(context, [], [], null, html: true, inPlace: false, null), context, cancellation);

    private static RunSettings Settings(CliContext context, string[] paths, string[] parameters, string? outputDir, bool html, bool inPlace, double? timeoutSeconds)
    {
        var overrides = parameters.Select(ParameterOverride.Parse).ToList();
        string outputDirectory;
        IReadOnlyList<string> notebooks;
        if (paths.Length == 0)
        {
            var (notebookFolder, artifacts) = ProjectFolders.Find(context.CurrentDirectory);
            notebooks = NotebookInputs.Resolve([notebookFolder], context.CurrentDirectory);
            outputDirectory = outputDir is null ? artifacts : Path.GetFullPath(outputDir, context.CurrentDirectory);
        }
        else
        {
            notebooks = NotebookInputs.Resolve(paths, context.CurrentDirectory);
            outputDirectory = Path.GetFullPath(outputDir ?? DefaultOutputFolder, context.CurrentDirectory);
        }
        var timeout = timeoutSeconds is double s ? TimeSpan.FromSeconds(s) : TimeSpan.FromMinutes(2);
        return new RunSettings(notebooks, overrides, outputDirectory, html, inPlace, timeout);
    }
}
