using Downhill.Notebooks.Pages;
using Downhill.Notebooks.NotebookRuns;

namespace Downhill.Cli.Workflow;

/// <summary>One notebook's line in the summary: its run and the files written for it.</summary>
internal sealed record NotebookOutcome(string SourcePath, NotebookRunResult Run, IReadOnlyList<string> Written)
{
    /// <summary>Its line in the index page, when pages were written.</summary>
    public IndexEntry? Page { get; init; }

    /// <summary>Why the results were not (all) saved, when writing failed after the run.</summary>
    public string? WriteProblem { get; init; }

    public bool Succeeded => Run.Succeeded && WriteProblem is null;

    /// <summary>The sentence printed under the summary for a notebook that did not succeed.</summary>
    public string? Problem => Run.Succeeded ? WriteProblem : Run.Error;

    public string Status => Run.Succeeded && WriteProblem is not null ? "not saved" : Run.Status switch
    {
        NotebookRunStatus.Succeeded => "ok",
        NotebookRunStatus.TimedOut => "timed out",
        NotebookRunStatus.Interrupted => "interrupted",
        _ => "failed",
    };
}
