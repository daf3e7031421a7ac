namespace Downhill.Notebooks.CellExecution;

/// <summary>How one cell's execution ended.</summary>
public enum ExecutionStatus
{
    Ok,
    Error,
    TimedOut,
    Interrupted,
}

/// <summary>The end of one cell's execution; the outputs themselves went to the <see cref="IOutputSink"/>.</summary>
public sealed record ExecutionResult(ExecutionStatus Status, int ExecutionCount, TimeSpan Elapsed)
{
    public bool Succeeded => Status == ExecutionStatus.Ok;
}
