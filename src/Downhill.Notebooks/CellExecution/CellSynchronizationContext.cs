namespace Downhill.Notebooks.CellExecution;

/// <summary>
/// The synchronization context a cell runs in. Continuations run on the thread pool, as they would without one
/// (so <c>.Result</c> does not deadlock), but an exception escaping an <c>async void</c> method — which .NET
/// rethrows through the context it started in, and which would otherwise end the process — is caught here
/// and reported under the cell.
/// </summary>
internal sealed class CellSynchronizationContext(CellConsole cell) : SynchronizationContext
{
    public override void Post(SendOrPostCallback callback, object? state) =>
        ThreadPool.QueueUserWorkItem(_ => Run(callback, state)); // flows the cell's console (an AsyncLocal) along

    public override void Send(SendOrPostCallback callback, object? state) => callback(state);

    public override SynchronizationContext CreateCopy() => this;

    private void Run(SendOrPostCallback callback, object? state)
    {
        var previous = Current;
        SetSynchronizationContext(this); // awaits inside keep coming back here, so a nested async void is covered too
        try
        {
            callback(state);
        }
        catch (Exception e)
        {
            CellGuard.ReportBackground(cell, e);
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }
}
