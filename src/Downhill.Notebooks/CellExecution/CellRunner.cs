using System.Runtime;

namespace Downhill.Notebooks.CellExecution;

/// <summary>How a cell's run ended, seen from outside the cell.</summary>
internal enum CellEnding
{
    Completed,
    Failed,
    TimedOut,
    Interrupted,
}

/// <summary>The end of one run: the value the cell's code produced, or what went wrong.</summary>
internal sealed record CellRun<T>(CellEnding Ending, T? Value, Exception? Failure);

/// <summary>
/// Runs a cell's code on a thread of its own inside <see cref="ControlledExecution"/>, so a time-out or an
/// interrupt stops it even in a tight <c>while (true) {}</c> that never looks at a cancellation token —
/// something the retired .NET Interactive kernel could not do. The session's state is untouched by a
/// stopped cell: the caller keeps the state from before it.
/// </summary>
/// <remarks>
/// Code after an <c>await</c> in a cell continues on the thread pool, like in .NET Interactive: the cell's
/// <see cref="CellSynchronizationContext"/> posts continuations there, so <c>.Result</c> on a task does not deadlock.
/// (The console routers are the session's, installed once; see <see cref="ConsoleRedirection"/>.) Such a continuation cannot be
/// aborted; a time-out then still ends the cell and reports it, and the continuation is left to finish alone.
/// The same holds for a thread blocked inside the operating system (<c>Thread.Sleep</c>, a blocking read):
/// the abort lands only when it returns to managed code, so the cell is reported stopped after
/// <see cref="AbortGrace"/> and its background thread is aborted when it wakes.
/// </remarks>
internal static class CellRunner
{
    /// <summary>How long a stopped cell's thread gets to unwind before the cell is reported stopped without it.</summary>
    internal static readonly TimeSpan AbortGrace = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The cell thread's stack, set rather than left to the platform (1.5 MB on Linux, 1 MB on Windows), so an
    /// endless recursion is stopped by <see cref="CellGuard.Enter"/> after about the same number of calls everywhere.
    /// 64 MB: deep but finite recursion a student may write on purpose (a recursive sum over 100,000 numbers) runs,
    /// while an endless one still ends in well under a second. The stack is reserved, not committed: a cell that
    /// does not recurse costs no memory for it.
    /// </summary>
    internal const int StackSize = 64 * 1024 * 1024;

    public static async Task<CellRun<T>> RunAsync<T>(Func<Task<T>> start, CellConsole console, TimeSpan timeout, CancellationToken interrupt)
    {
        var finished = new TaskCompletionSource<CellRun<T>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var stop = new CancellationTokenSource();
        var thread = new Thread(() => finished.TrySetResult(Run(start, console, stop.Token, interrupt)), StackSize)
        {
            IsBackground = true, // a cell that could not be stopped must not keep the process alive
            Name = "Downhill cell",
        };
        thread.Start();

        using var timeUpOrInterrupted = CancellationTokenSource.CreateLinkedTokenSource(interrupt);
        timeUpOrInterrupted.CancelAfter(timeout);
        var stopDue = Task.Delay(Timeout.Infinite, timeUpOrInterrupted.Token);
        if (await Task.WhenAny(finished.Task, stopDue) == finished.Task) return await finished.Task;

        // Cancelling aborts the cell's thread and waits until the abort has landed, which for a thread asleep in
        // the operating system is when it wakes: so it happens on a thread of its own, and the cell is reported
        // stopped after a short grace whether or not its thread has unwound by then.
        new Thread(stop.Cancel) { IsBackground = true, Name = "Downhill cell stopper" }.Start();
        if (await Task.WhenAny(finished.Task, Task.Delay(AbortGrace)) == finished.Task) return await finished.Task;
        console.Output.Close(); // whatever the blocked thread writes after waking is not this cell's output any more
        return Stopped<T>(interrupt);
    }

    private static CellRun<T> Stopped<T>(CancellationToken interrupt) =>
        new(interrupt.IsCancellationRequested ? CellEnding.Interrupted : CellEnding.TimedOut, default, null);

    private static CellRun<T> Run<T>(Func<Task<T>> start, CellConsole console, CancellationToken stop, CancellationToken interrupt)
    {
        ConsoleRedirection.Route(console);
        SynchronizationContext.SetSynchronizationContext(new CellSynchronizationContext(console));
        try
        {
            T? value = default;
            // SYSLIB0046: ControlledExecution is obsolete-marked because aborting a thread can leave shared state
            // half-updated. Here it is the whole point — a student's runaway loop must be stoppable — and only the
            // cell's own thread is aborted; the session keeps the script state from before the cell.
#pragma warning disable SYSLIB0046
            ControlledExecution.Run(() =>
            {
                var task = start();
                task.Wait(stop); // a cell awaiting something slow stops waiting when time is up
                value = task.Result;
            }, stop);
#pragma warning restore SYSLIB0046
            return new CellRun<T>(CellEnding.Completed, value, null);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return Stopped<T>(interrupt);
        }
        catch (Exception e)
        {
            return new CellRun<T>(CellEnding.Failed, default, e is AggregateException { InnerExceptions.Count: 1 } a ? a.InnerExceptions[0] : e);
        }
        finally
        {
            console.Output.Close();
        }
    }
}
