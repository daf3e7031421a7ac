using System.Diagnostics;
using Downhill.Notebooks.Documents;
using Downhill.Notebooks.CellExecution;

namespace Downhill.Notebooks.NotebookRuns;

/// <summary>
/// Runs a whole notebook top to bottom in a fresh C# session, like "Run All" followed by "Save":
/// code cells in order, their outputs and execution counts stored in the cells, stopping at the first
/// cell that fails. Markdown and raw cells are left as they are.
/// </summary>
public static class NotebookRunner
{
    /// <summary>
    /// Runs <paramref name="notebook"/> in place (its cells receive the outputs) and returns the result.
    /// Outputs of an earlier run are cleared first, so nothing stale survives below a failed cell.
    /// </summary>
    public static async Task<NotebookRunResult> RunAsync(Notebook notebook, NotebookRunOptions options, CancellationToken cancellation = default)
    {
        using var session = CreateSession(options);
        return await RunAsync(notebook, session, options, cancellation);
    }

    /// <summary>A fresh session for <paramref name="options"/>: its working directory and cell time-out.</summary>
    public static CSharpSession CreateSession(NotebookRunOptions options) => new(new SessionOptions
    {
        WorkingDirectory = options.WorkingDirectory,
        CellTimeout = options.CellTimeout,
    });

    /// <summary>
    /// Runs <paramref name="notebook"/> in <paramref name="session"/>, which the caller owns and may read afterwards
    /// (the lesson tests read the values a lesson computed). Make it with <see cref="CreateSession"/>.
    /// </summary>
    public static async Task<NotebookRunResult> RunAsync(Notebook notebook, CSharpSession session, NotebookRunOptions options, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        var clock = Stopwatch.StartNew();
        var codeCells = notebook.Cells.Where(c => c.Kind == CellKind.Code).ToList();
        codeCells.ForEach(c => c.ClearOutputs());
        var toRun = codeCells.Where(c => notebook.LanguageOf(c) != CellLanguages.Markdown).ToList();

        var collector = new OutputCollector();
        var cellsRun = 0;

        foreach (var cell in toRun)
        {
            var cellName = $"cell {notebook.Cells.IndexOf(cell) + 1}";
            collector.BeginCell(cell);
            var status = await RunCellAsync(session, notebook, cell, cellName, collector, cancellation);
            cellsRun++;
            options.CellFinished?.Invoke(cellsRun, toRun.Count);
            if (status != NotebookRunStatus.Succeeded)
                return new NotebookRunResult(notebook, cellsRun, toRun.Count, clock.Elapsed, status, ErrorText(cell, cellName, status));
        }
        return new NotebookRunResult(notebook, cellsRun, toRun.Count, clock.Elapsed, NotebookRunStatus.Succeeded, null);
    }

    private static async Task<NotebookRunStatus> RunCellAsync(
        CSharpSession session, Notebook notebook, NotebookCell cell, string cellName, OutputCollector collector, CancellationToken cancellation)
    {
        var language = notebook.LanguageOf(cell);
        if (language != CellLanguages.CSharp)
        {
            collector.Error(new CellError("UnsupportedLanguage",
                $"{cellName} is written in {language}; downhill runs C# cells only (start the cell with #!csharp or #!markdown).", []));
            return NotebookRunStatus.Failed;
        }

        ExecutionResult result;
        try
        {
            result = await session.ExecuteAsync(cell.Source, cellName, collector, cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            collector.Error(new CellError("Interrupted", $"{cellName} was interrupted.", []));
            return NotebookRunStatus.Interrupted;
        }

        cell.ExecutionCount = result.ExecutionCount;
        for (var i = 0; i < cell.Outputs.Count; i++)
            if (cell.Outputs[i] is ExecuteResultOutput value)
                cell.Outputs[i] = value with { ExecutionCount = result.ExecutionCount };

        return result.Status switch
        {
            ExecutionStatus.Ok => NotebookRunStatus.Succeeded,
            ExecutionStatus.TimedOut => NotebookRunStatus.TimedOut,
            ExecutionStatus.Interrupted => NotebookRunStatus.Interrupted,
            _ => NotebookRunStatus.Failed,
        };
    }

    /// <summary>The executor's own error text (it names cell and line); a fallback only if it sent none.</summary>
    private static string ErrorText(NotebookCell cell, string cellName, NotebookRunStatus status) =>
        cell.Outputs.OfType<ErrorOutput>().LastOrDefault()?.Value
        ?? status switch
        {
            NotebookRunStatus.TimedOut => $"{cellName} ran past the time-out and was stopped.",
            NotebookRunStatus.Interrupted => $"{cellName} was interrupted.",
            _ => $"{cellName} failed.",
        };
}
