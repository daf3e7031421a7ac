using System.Diagnostics;
using Downhill.Cli.Workflow;
using Downhill.Notebooks.Documents;
using Downhill.Notebooks.NotebookRuns;

namespace Downhill.Cli.Sandbox;

/// <summary>
/// Runs one notebook in a locked-down child process (<see cref="SandboxCommandLine"/>) and reads back what it saved.
/// The child is untrusted from start to end: it is killed when its time is up whatever it says, its exit code and
/// notebook are only read after it and everything it started are gone, and the notebook is read as a stranger's file
/// (a regular file, not a link it planted, of bounded size). The caller writes every result file itself.
/// </summary>
internal static class SandboxedNotebook
{
    public static async Task<NotebookRunResult> RunAsync(
        SandboxTools tools, string path, Notebook prepared, RunSettings settings, CancellationToken cancellation)
    {
        var codeCells = CodeCells(prepared);
        var limits = SandboxLimits.For(codeCells, settings.CellTimeout);
        var scratch = Directory.CreateTempSubdirectory("downhill-sandbox-").FullName;
        var clock = Stopwatch.StartNew();
        try
        {
            var exit = await RunChildAsync(SandboxCommandLine.For(tools, limits, path, scratch, settings), limits, cancellation);
            var executed = ReadExecuted(Path.Combine(scratch, Path.GetFileNameWithoutExtension(path) + ".ipynb"), out var unreadable);
            return Result(executed, prepared, codeCells, clock.Elapsed, exit, limits, unreadable, cancellation);
        }
        finally
        {
            try { Directory.Delete(scratch, recursive: true); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* a temp folder the system cleans anyway */ }
        }
    }

    /// <summary>Starts the child, waits for it within the wall clock, kills it (and so its PID namespace) when it overstays.</summary>
    private static async Task<ChildExit> RunChildAsync(
        IReadOnlyList<string> commandLine, SandboxLimits limits, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(commandLine[0], commandLine.Skip(1))
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var child = Process.Start(start) ?? throw new InvalidOperationException($"{commandLine[0]} did not start.");
        child.StandardInput.Close();
        // The child's words are a stranger's (it could print terminal escapes); only a short tail is kept, for a run that saved nothing.
        var stdout = LastLineAsync(child.StandardOutput);
        var stderr = LastLineAsync(child.StandardError);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(limits.WallClock);
        var timedOut = false;
        try
        {
            await child.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            timedOut = !cancellation.IsCancellationRequested;
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync(CancellationToken.None);
        }
        var lastWords = await stderr is { Length: > 0 } error ? error : await stdout;
        return new ChildExit(child.ExitCode, timedOut, lastWords);
    }

    private static async Task<string> LastLineAsync(StreamReader reader)
    {
        var last = "";
        while (await reader.ReadLineAsync() is { } line)
            if (line.Trim().Length > 0) last = line.Length > 300 ? line[..300] : line;
        return new string(last.Where(c => !char.IsControl(c)).ToArray()).Trim();
    }

    /// <summary>The notebook the child saved, or null (with why) when there is none it may be trusted to have written.</summary>
    private static Notebook? ReadExecuted(string file, out string? unreadable)
    {
        unreadable = null;
        if (!File.Exists(file) && new FileInfo(file).LinkTarget is null) return null;
        if (!RegularFile.IsRegularItself(file))
        {
            unreadable = "the notebook it saved is not a plain file (a link or a pipe), so it was not read";
            return null;
        }
        if (new FileInfo(file).Length > SandboxLimits.FileSizeBytes)
        {
            unreadable = "the notebook it saved is too large to read";
            return null;
        }
        try
        {
            return NotebookFile.Read(file);
        }
        catch (NotebookException e)
        {
            unreadable = $"the notebook it saved cannot be read: {e.Message}";
            return null;
        }
    }

    /// <summary>How the run ended: first what the parent saw (an interruption, the time limit, nothing readable saved), then what the notebook shows.</summary>
    private static NotebookRunResult Result(
        Notebook? executed, Notebook prepared, int codeCells, TimeSpan elapsed, ChildExit exit, SandboxLimits limits, string? unreadable, CancellationToken cancellation)
    {
        var notebook = executed ?? prepared;
        var cells = notebook.Cells.Where(c => c.Kind == CellKind.Code && notebook.LanguageOf(c) != CellLanguages.Markdown).ToList();
        var failedAt = cells.FindIndex(c => c.Outputs.OfType<ErrorOutput>().Any());
        var cellsRun = failedAt >= 0 ? failedAt + 1 : cells.Count(c => c.ExecutionCount is not null);
        NotebookRunResult Ended(NotebookRunStatus status, string? error) => new(notebook, cellsRun, codeCells, elapsed, status, error);

        if (cancellation.IsCancellationRequested) return Ended(NotebookRunStatus.Interrupted, "it was interrupted.");
        if (exit.TimedOut)
            return Ended(NotebookRunStatus.TimedOut,
                $"the sandbox stopped it after {limits.WallClock.TotalSeconds:0} seconds, its time limit (each code cell's --timeout, and a minute to start).");
        if (unreadable is not null) return Ended(NotebookRunStatus.Failed, unreadable + ".");
        if (executed is null)
            return Ended(NotebookRunStatus.Failed,
                $"its sandboxed run ended (exit code {exit.Code}) without saving the notebook{(exit.LastWords.Length > 0 ? $"; its last words: {exit.LastWords}" : "")}.");
        if (failedAt >= 0) return Ended(NotebookRunStatus.Failed, cells[failedAt].Outputs.OfType<ErrorOutput>().Last().Value);
        return exit.Code == ExitCodes.Success
            ? Ended(NotebookRunStatus.Succeeded, null) with { CellsRun = codeCells }
            : Ended(NotebookRunStatus.Failed, $"its sandboxed run ended with exit code {exit.Code}.");
    }

    private sealed record ChildExit(int Code, bool TimedOut, string LastWords);

    private static int CodeCells(Notebook notebook) =>
        notebook.Cells.Count(c => c.Kind == CellKind.Code && notebook.LanguageOf(c) != CellLanguages.Markdown);
}
