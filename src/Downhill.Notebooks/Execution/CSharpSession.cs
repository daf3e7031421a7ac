namespace Downhill.Notebooks.Execution;

// CONTRACT — being implemented (issue 3). The public surface below is what the command and the
// kernel code against; keep it stable.

/// <summary>
/// One C# scripting session: cells run one after another against chained state, with the Downhill
/// library already referenced. One executor for both front doors (the command and the kernel).
/// </summary>
public sealed class CSharpSession : IDisposable
{
    public CSharpSession(SessionOptions? options = null) => Options = options ?? new SessionOptions();

    public SessionOptions Options { get; }

    /// <summary>Cells executed so far (the Jupyter execution count of the last one).</summary>
    public int ExecutionCount { get; private set; }

    /// <summary>
    /// Compiles a throw-away script so the first real cell does not pay for Roslyn's JIT.
    /// Safe to call in the background right after start.
    /// </summary>
    public Task WarmUpAsync() => throw new NotImplementedException();

    /// <summary>
    /// Runs one cell (magics included). <paramref name="cellName"/> ("cell 3") is used in error messages.
    /// Cancelling <paramref name="cancellation"/> interrupts the cell, even a tight loop; the session survives.
    /// </summary>
    public Task<ExecutionResult> ExecuteAsync(string code, string cellName, IOutputSink sink, CancellationToken cancellation = default)
        => throw new NotImplementedException();

    /// <summary>All code successfully submitted so far, in order (for completion and inspection).</summary>
    public IReadOnlyList<string> SubmittedCode => throw new NotImplementedException();

    /// <summary>Reads a variable's current value from the session state (null when it does not exist).</summary>
    public object? GetVariable(string name) => throw new NotImplementedException();

    public void Dispose() { }
}
