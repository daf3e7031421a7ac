namespace Downhill.Cli;

/// <summary>What `downhill` returns to the shell.</summary>
internal static class ExitCodes
{
    /// <summary>Every notebook ran to the end (or every page was written).</summary>
    public const int Success = 0;

    /// <summary>At least one notebook failed, timed out or was interrupted.</summary>
    public const int NotebookFailed = 1;

    /// <summary>The command itself was wrong: a missing file, a bad -p, an unknown option.</summary>
    public const int UsageError = 2;
}
