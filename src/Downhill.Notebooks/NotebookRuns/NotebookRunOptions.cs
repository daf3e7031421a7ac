namespace Downhill.Notebooks.NotebookRuns;

/// <summary>Settings for running one notebook.</summary>
public sealed record NotebookRunOptions
{
    /// <summary>The notebook's folder: relative data paths and #r "lib.dll" resolve against it.</summary>
    public required string WorkingDirectory { get; init; }

    /// <summary>A cell running longer than this is stopped and the notebook reported as timed out.</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Called after each code cell with (cells finished, code cells in all); for progress bars.</summary>
    public Action<int, int>? CellFinished { get; init; }
}
