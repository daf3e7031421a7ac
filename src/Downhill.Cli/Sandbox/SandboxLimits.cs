namespace Downhill.Cli.Sandbox;

/// <summary>
/// What one sandboxed notebook may use. The wall clock is the bound that always holds: the cells' own time-out is
/// kept by code running in the same process as the cells, which a hostile cell can switch off, so the parent
/// kills the whole sandbox when a notebook's time is up, whatever the child says.
/// </summary>
internal sealed record SandboxLimits(TimeSpan WallClock)
{
    /// <summary>Managed heap for the child (.NET's GCHeapHardLimit): 2 GiB, plenty for the lessons' largest figures.</summary>
    public const long ManagedHeapBytes = 2L << 30;

    /// <summary>Address space per process: .NET reserves far more than it touches, so this is generous and stops only runaway native allocation.</summary>
    public const long AddressSpaceBytes = 16L << 30;

    /// <summary>The largest file a sandboxed process may write (its executed notebook is one): 512 MiB.</summary>
    public const long FileSizeBytes = 512L << 20;

    /// <summary>The private /tmp (and HOME inside it) lives in memory; this caps it.</summary>
    public const long TemporaryFolderBytes = 256L << 20;

    public const int OpenFiles = 4096;

    /// <summary>Start-up of the child (.NET, Roslyn) and writing its notebook, on top of the cells' time.</summary>
    private static readonly TimeSpan Overhead = TimeSpan.FromSeconds(60);

    /// <summary>Every code cell may use its whole time-out, and the child gets its start-up on top.</summary>
    public static SandboxLimits For(int codeCells, TimeSpan cellTimeout) =>
        new(TimeSpan.FromSeconds(Math.Min(Commands.RunCommand.MaxTimeoutSeconds, Math.Max(1, codeCells) * cellTimeout.TotalSeconds + Overhead.TotalSeconds)));

    /// <summary>
    /// CPU seconds per process, as prlimit takes it: a backstop only, set past what the wall clock allows on every core
    /// (and a minute more), so the wall clock always stops a notebook first and says so. Equal to the wall clock, it raced
    /// it: a cell spinning one core while the runtime started on the other reached it a moment earlier, and the notebook
    /// was reported as "failed, exit code 137" instead of timed out; a cell computing on two cores would have been killed
    /// halfway through its time.
    /// </summary>
    public long CpuSeconds => (long)Math.Ceiling(WallClock.TotalSeconds * Environment.ProcessorCount + Overhead.TotalSeconds);
}
