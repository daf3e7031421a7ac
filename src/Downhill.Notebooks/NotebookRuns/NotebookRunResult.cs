using Downhill.Notebooks.Documents;

namespace Downhill.Notebooks.NotebookRuns;

/// <summary>
/// One notebook's run: the executed notebook (outputs and execution counts filled in), how many code
/// cells ran out of how many, how long it took and, when it did not succeed, the error naming the cell and line.
/// </summary>
public sealed record NotebookRunResult(
    Notebook Notebook,
    int CellsRun,
    int CodeCells,
    TimeSpan Elapsed,
    NotebookRunStatus Status,
    string? Error)
{
    public bool Succeeded => Status == NotebookRunStatus.Succeeded;
}
