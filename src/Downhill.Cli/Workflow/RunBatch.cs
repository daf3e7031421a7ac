using Downhill.Cli.Sandbox;
using Downhill.Notebooks.Documents;
using Downhill.Notebooks.Pages;
using Downhill.Notebooks.Parameters;
using Downhill.Notebooks.NotebookRuns;
using Spectre.Console;

namespace Downhill.Cli.Workflow;

/// <summary>
/// `downhill run`: every notebook in a fresh session, one after another, then a summary.
///
/// Where results go: the executed notebook is written to the output folder under its own name (a .dib
/// becomes .ipynb), by atomic replace. A notebook that fails is still written there — with its error
/// output, so the student sees where it stopped — replacing an older copy, because an older "good" copy
/// would no longer describe the notebook as it is. The source is never written, except with --in-place
/// and then only when the run succeeded; a failed --in-place run leaves the source as it was and puts the
/// executed copy in the output folder.
/// </summary>
internal static class RunBatch
{
    public static async Task<int> ExecuteAsync(RunSettings settings, CliContext context, CancellationToken cancellation)
    {
        var console = context.Console;
        var notebooks = Prepare(settings);
        var outcomes = new List<NotebookOutcome>();
        using var lastWords = ProcessCrash.OnCrash(exception => SayLastWords(console, outcomes, exception));
        if (console.Profile.Capabilities.Interactive)
            await RunWithProgressBarsAsync(notebooks, settings, context, outcomes, cancellation);
        else
            await RunWithProgressLinesAsync(notebooks, settings, context, outcomes, cancellation);

        var index = settings.Html ? PageWriter.WriteIndex(outcomes.Select(o => o.Page!).ToList(), settings.OutputDirectory) : null;
        console.WriteLine();
        SummaryTable.Write(console, outcomes);
        if (index is not null) console.MarkupLineInterpolated($"Pages: [link]{Relative(index, context)}[/]");
        console.MarkupLineInterpolated($"Executed notebooks: {Relative(settings.OutputDirectory, context)}{Path.DirectorySeparatorChar}");

        var all = outcomes.Count == notebooks.Count && outcomes.All(o => o.Succeeded);
        return all ? ExitCodes.Success : ExitCodes.NotebookFailed;
    }

    // An exception on a thread a cell started outside `new Thread(…)` (the thread pool, a timer) ends the process
    // whatever anyone does; before it does, the student learns which notebook did it, and the summary of the
    // notebooks already run (and saved) is printed.
    private static void SayLastWords(IAnsiConsole console, List<NotebookOutcome> outcomes, Exception exception)
    {
        List<NotebookOutcome> finished;
        lock (outcomes) finished = [.. outcomes];
        var running = Running is { } path ? Path.GetFileName(path) : "a notebook";
        console.WriteLine();
        SummaryTable.Write(console, finished);
        console.MarkupLineInterpolated(
            $"[red]{running}: a thread its code started failed ({exception.GetType().Name}: {exception.Message}), and .NET ends the program for that; the notebooks listed above were saved. Catch exceptions inside threads you start.[/]");
    }

    private static volatile string? Running;

    /// <summary>A live bar per notebook, advancing cell by cell, on a terminal.</summary>
    private static async Task RunWithProgressBarsAsync(
        IReadOnlyList<(string Path, Notebook Notebook)> notebooks, RunSettings settings, CliContext context, List<NotebookOutcome> outcomes, CancellationToken cancellation)
    {
        await context.Console.Progress().AutoClear(false).HideCompleted(false).StartAsync(async progress =>
        {
            var bars = notebooks.Select(n => progress.AddTask(Markup.Escape(Path.GetFileName(n.Path)), autoStart: false)).ToList();
            for (var i = 0; i < notebooks.Count && !cancellation.IsCancellationRequested; i++)
            {
                var bar = bars[i];
                bar.StartTask();
                var outcome = await RunOneAsync(notebooks[i], settings, context, (done, total) =>
                {
                    bar.MaxValue = Math.Max(total, 1);
                    bar.Value = done;
                }, cancellation);
                lock (outcomes) outcomes.Add(outcome);
                bar.Value = bar.MaxValue;
                bar.StopTask();
            }
        });
    }

    /// <summary>One line per notebook, for logs and pipes where a live display would be noise.</summary>
    private static async Task RunWithProgressLinesAsync(
        IReadOnlyList<(string Path, Notebook Notebook)> notebooks, RunSettings settings, CliContext context, List<NotebookOutcome> outcomes, CancellationToken cancellation)
    {
        foreach (var notebook in notebooks)
        {
            if (cancellation.IsCancellationRequested) break;
            context.Console.WriteLine($"Running {Path.GetFileName(notebook.Path)} …");
            var outcome = await RunOneAsync(notebook, settings, context, null, cancellation);
            lock (outcomes) outcomes.Add(outcome);
        }
    }

    /// <summary>
    /// Reads every notebook and applies -p before anything runs, so a typo in a parameter or a broken file
    /// is reported at once instead of after the notebooks before it have run.
    /// </summary>
    private static IReadOnlyList<(string Path, Notebook Notebook)> Prepare(RunSettings settings)
    {
        NotebookInputs.RequireDistinctOutputNames(settings.Notebooks);
        var prepared = new List<(string, Notebook)>();
        foreach (var path in settings.Notebooks)
        {
            var name = Path.GetFileName(path);
            if (settings.InPlace && !path.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase))
                throw new NotebookException($"--in-place writes .ipynb files only; {name} is a .dib, so run it without --in-place.");
            if (!settings.InPlace && string.Equals(OutputNotebookPath(path, settings), path, StringComparison.Ordinal))
                throw new NotebookException($"The output folder is {name}'s own folder, so its result would overwrite it; choose another --output-dir or say --in-place.");
            var notebook = NotebookFile.Read(path);
            ParameterInjector.Inject(notebook, settings.Parameters, name);
            CheckDestinations(path, settings);
            prepared.Add((path, notebook));
        }
        return prepared;
    }

    // Everything a run of this notebook may write, checked before it runs: a read-only -o, an -o naming a file or
    // a read-only --in-place target is one sentence now rather than a stack trace after minutes of running.
    private static void CheckDestinations(string path, RunSettings settings)
    {
        if (settings.InPlace) AtomicFile.CheckWritable(path);
        AtomicFile.CheckWritable(OutputNotebookPath(path, settings)); // a failed --in-place run writes here
        if (settings.Html)
        {
            AtomicFile.CheckWritable(Path.Combine(settings.OutputDirectory, PageWriter.PageFileName(path)));
            AtomicFile.CheckWritable(Path.Combine(settings.OutputDirectory, PageWriter.IndexFileName));
        }
    }

    private static async Task<NotebookOutcome> RunOneAsync(
        (string Path, Notebook Notebook) input, RunSettings settings, CliContext context, Action<int, int>? cellFinished, CancellationToken cancellation)
    {
        var (path, notebook) = input;
        Running = path;
        var folder = Path.GetDirectoryName(path)!;
        NotebookRunResult result;
        if (settings.Sandbox is { } sandbox)
        {
            // The child is gone when this returns; everything below is written by this process alone.
            result = await SandboxedNotebook.RunAsync(sandbox, path, notebook, settings, cancellation);
            cellFinished?.Invoke(result.CellsRun, result.CodeCells);
        }
        else
        {
            using (WorkingDirectoryScope.Enter(folder, context.EntersNotebookFolders))
            {
                result = await NotebookRunner.RunAsync(notebook, new NotebookRunOptions
                {
                    WorkingDirectory = folder,
                    CellTimeout = settings.CellTimeout,
                    CellFinished = cellFinished,
                }, cancellation);
            }
        }

        var written = new List<string>();
        IndexEntry? page = null;
        try
        {
            var target = settings.InPlace && result.Succeeded ? path : OutputNotebookPath(path, settings);
            NotebookFile.Write(result.Notebook, target);
            written.Add(target);
            if (settings.Html)
            {
                page = PageWriter.WritePage(result.Notebook, path, settings.OutputDirectory, failed: !result.Succeeded, settings.SafePages);
                written.Add(Path.Combine(settings.OutputDirectory, page.Href));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotebookException)
        {
            // The disk filled up or the folder changed while the notebook ran: say so, and go on with the next one.
            return new NotebookOutcome(path, result, written) { Page = page, WriteProblem = $"its results could not be saved: {e.Message}" };
        }
        return new NotebookOutcome(path, result, written) { Page = page };
    }

    private static string OutputNotebookPath(string source, RunSettings settings) =>
        Path.Combine(settings.OutputDirectory, Path.GetFileNameWithoutExtension(source) + ".ipynb");

    private static string Relative(string path, CliContext context) => Path.GetRelativePath(context.CurrentDirectory, path);
}
