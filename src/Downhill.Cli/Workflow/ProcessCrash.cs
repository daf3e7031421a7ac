namespace Downhill.Cli.Workflow;

/// <summary>
/// The last thing the command does when .NET is about to end it for an unhandled exception on a thread it does
/// not own (a cell's thread-pool work item or timer): .NET allows no recovery, but it runs this first, so the
/// student reads a sentence instead of a runtime dump, and the exit code is the documented one.
/// </summary>
internal static class ProcessCrash
{
    public static IDisposable OnCrash(Action<Exception> lastWords)
    {
        UnhandledExceptionEventHandler handler = (_, e) =>
        {
            try
            {
                if (e.ExceptionObject is Exception exception) lastWords(exception);
            }
            finally
            {
                Environment.Exit(ExitCodes.NotebookFailed); // exits now, with our code, instead of an abort (134)
            }
        };
        AppDomain.CurrentDomain.UnhandledException += handler;
        return new Unsubscribe(handler);
    }

    private sealed class Unsubscribe(UnhandledExceptionEventHandler handler) : IDisposable
    {
        public void Dispose() => AppDomain.CurrentDomain.UnhandledException -= handler;
    }
}
