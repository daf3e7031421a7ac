namespace Downhill.Notebooks.NotebookRuns;

/// <summary>How a whole notebook's run ended.</summary>
public enum NotebookRunStatus
{
    Succeeded,

    /// <summary>A cell failed to compile or threw; the cells after it did not run.</summary>
    Failed,

    /// <summary>A cell ran past the time-out and was stopped.</summary>
    TimedOut,

    /// <summary>The run was cancelled (Ctrl+C).</summary>
    Interrupted,
}
