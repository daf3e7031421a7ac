using Downhill.Notebooks.HtmlPages;
using Downhill.Notebooks.Running;

namespace Downhill.Cli.Workflow;

/// <summary>One notebook's line in the summary: its run and the files written for it.</summary>
internal sealed record NotebookOutcome(string SourcePath, NotebookRunResult Run, IReadOnlyList<string> Written)
{
    /// <summary>Its line in the index page, when pages were written.</summary>
    public IndexEntry? Page { get; init; }

    public bool Succeeded => Run.Succeeded;

    public string Status => Run.Status switch
    {
        NotebookRunStatus.Succeeded => "ok",
        NotebookRunStatus.TimedOut => "timed out",
        NotebookRunStatus.Interrupted => "interrupted",
        _ => "failed",
    };
}
