namespace Downhill.Jupyter.Kernel;

/// <summary>
/// Starts a background job once, after the kernel's first cell, when the student has left the kernel alone for
/// <see cref="Quiet"/> (reading, thinking, typing) rather than right after the cell. The job — loading Roslyn's completion
/// service, a couple of seconds of CPU — then takes no CPU from cells a student is waiting for: in a class on one server,
/// every kernel warming its completion while everyone ran their next cells slowed every cell. A student who presses Tab
/// before then waits for the same load, once.
/// </summary>
internal sealed class WhenQuiet : IDisposable
{
    /// <summary>How long no cell may run after the last one; cells run one after another come within milliseconds.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromSeconds(3);

    private readonly Timer _timer;
    private int _started;

    /// <param name="job">The work, run once on a background thread of below-normal priority.</param>
    /// <param name="busy">True while a request is waiting or being served; the job does not start then.</param>
    /// <param name="threadName">The job's thread's name, for diagnostics.</param>
    public WhenQuiet(Action job, Func<bool> busy, string threadName)
    {
        _timer = new Timer(_ =>
        {
            if (busy() || Interlocked.Exchange(ref _started, 1) == 1) return;
            new Thread(() => job()) { IsBackground = true, Priority = ThreadPriority.BelowNormal, Name = threadName }.Start();
        });
    }

    /// <summary>A cell finished: the job starts <see cref="Quiet"/> from now unless another cell finishes first or one is running then.</summary>
    public void CellFinished()
    {
        if (Volatile.Read(ref _started) == 0) _timer.Change(Quiet, Timeout.InfiniteTimeSpan);
    }

    public void Dispose() => _timer.Dispose();
}
