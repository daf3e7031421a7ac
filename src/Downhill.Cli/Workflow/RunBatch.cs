using Downhill.Notebooks.Documents;
using Downhill.Notebooks.HtmlPages;
using Downhill.Notebooks.Parameters;
using Downhill.Notebooks.Running;
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
        var outcomes = console.Profile.Capabilities.Interactive
            ? await RunWithProgressBarsAsync(notebooks, settings, context, cancellation)
            : await RunWithProgressLinesAsync(notebooks, settings, context, cancellation);

        var index = settings.Html ? PageWriter.WriteIndex(outcomes.Select(o => o.Page!).ToList(), settings.OutputDirectory) : null;
        console.WriteLine();
        SummaryTable.Write(console, outcomes);
        if (index is not null) console.MarkupLineInterpolated($"Pages: [link]{Relative(index, context)}[/]");
        console.MarkupLineInterpolated($"Executed notebooks: {Relative(settings.OutputDirectory, context)}{Path.DirectorySeparatorChar}");

        var all = outcomes.Count == notebooks.Count && outcomes.All(o => o.Succeeded);
        return all ? ExitCodes.Success : ExitCodes.NotebookFailed;
    }

    /// <summary>A live bar per notebook, advancing cell by cell, on a terminal.</summary>
    private static async Task<List<NotebookOutcome>> RunWithProgressBarsAsync(
        IReadOnlyList<(string Path, Notebook Notebook)> notebooks, RunSettings settings, CliContext context, CancellationToken cancellation)
    {
        var outcomes = new List<NotebookOutcome>();
        await context.Console.Progress().AutoClear(false).HideCompleted(false).StartAsync(async progress =>
        {
            var bars = notebooks.Select(n => progress.AddTask(Markup.Escape(Path.GetFileName(n.Path)), autoStart: false)).ToList();
            for (var i = 0; i < notebooks.Count && !cancellation.IsCancellationRequested; i++)
            {
                var bar = bars[i];
                bar.StartTask();
                outcomes.Add(await RunOneAsync(notebooks[i], settings, context, (done, total) =>
                {
                    bar.MaxValue = Math.Max(total, 1);
                    bar.Value = done;
                }, cancellation));
                bar.Value = bar.MaxValue;
                bar.StopTask();
            }
        });
        return outcomes;
    }

    /// <summary>One line per notebook, for logs and pipes where a live display would be noise.</summary>
    private static async Task<List<NotebookOutcome>> RunWithProgressLinesAsync(
        IReadOnlyList<(string Path, Notebook Notebook)> notebooks, RunSettings settings, CliContext context, CancellationToken cancellation)
    {
        var outcomes = new List<NotebookOutcome>();
        foreach (var notebook in notebooks)
        {
            if (cancellation.IsCancellationRequested) break;
            context.Console.WriteLine($"Running {Path.GetFileName(notebook.Path)} …");
            outcomes.Add(await RunOneAsync(notebook, settings, context, null, cancellation));
        }
        return outcomes;
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
            prepared.Add((path, notebook));
        }
        return prepared;
    }

    private static async Task<NotebookOutcome> RunOneAsync(
        (string Path, Notebook Notebook) input, RunSettings settings, CliContext context, Action<int, int>? cellFinished, CancellationToken cancellation)
    {
        var (path, notebook) = input;
        var folder = Path.GetDirectoryName(path)!;
        NotebookRunResult result;
        using (WorkingDirectoryScope.Enter(folder, context.EntersNotebookFolders))
        {
            result = await NotebookRunner.RunAsync(notebook, new NotebookRunOptions
            {
                WorkingDirectory = folder,
                CellTimeout = settings.CellTimeout,
                CellFinished = cellFinished,
            }, cancellation);
        }

        var written = new List<string>();
        var target = settings.InPlace && result.Succeeded ? path : OutputNotebookPath(path, settings);
        NotebookFile.Write(result.Notebook, target);
        written.Add(target);

        IndexEntry? page = null;
        if (settings.Html)
        {
            page = PageWriter.WritePage(result.Notebook, path, settings.OutputDirectory, failed: !result.Succeeded);
            written.Add(Path.Combine(settings.OutputDirectory, page.Href));
        }
        return new NotebookOutcome(path, result, written) { Page = page };
    }

    private static string OutputNotebookPath(string source, RunSettings settings) =>
        Path.Combine(settings.OutputDirectory, Path.GetFileNameWithoutExtension(source) + ".ipynb");

    private static string Relative(string path, CliContext context) => Path.GetRelativePath(context.CurrentDirectory, path);
}
