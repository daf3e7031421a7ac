using System.Runtime.CompilerServices;

namespace Downhill.Notebooks.CellExecution;

/// <summary>
/// What <see cref="SubmissionGuards"/> puts into a cell's code before it compiles, so a student's mistake fails
/// as one error instead of ending the process. Public because the cell's compiled code calls it; not for students.
/// </summary>
public static class CellGuard
{
    /// <summary>
    /// Called on entry to every method, local function, lambda, constructor, accessor, indexer and operator a cell
    /// declares. .NET cannot catch a stack
    /// overflow — it ends the process — so endless recursion is stopped while there is still stack to unwind.
    /// The check compares the stack pointer with a cached limit: a few nanoseconds.
    /// </summary>
    public static void Enter()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw new CellRecursionException();
    }

    /// <summary>Stands in for <c>Environment.Exit(code)</c>: a cell may stop its notebook, not the process running it.</summary>
    public static void Exit(int exitCode) => throw new CellExitException(exitCode);

    /// <summary>
    /// Wraps the delegate a cell gives <c>new Thread(…)</c>: an exception there would end the process (.NET
    /// allows no other outcome for a thread's unhandled exception), so it is caught and reported instead.
    /// </summary>
    public static ThreadStart Catching(ThreadStart start)
    {
        var cell = ConsoleRedirection.CurrentCell;
        return () =>
        {
            try { start(); }
            catch (Exception e) { ReportBackground(cell, e); }
        };
    }

    /// <inheritdoc cref="Catching(ThreadStart)"/>
    public static ParameterizedThreadStart Catching(ParameterizedThreadStart start)
    {
        var cell = ConsoleRedirection.CurrentCell;
        return state =>
        {
            try { start(state); }
            catch (Exception e) { ReportBackground(cell, e); }
        };
    }

    internal static void ReportBackground(CellConsole? cell, Exception exception)
    {
        // A ThreadInterruptedException is the runtime's, not the student's (a thread woken by Thread.Interrupt while the
        // cell was being stopped); anything else a background thread throws is reported under its cell.
        if (exception is ThreadInterruptedException || cell is null) return;
        cell.ReportBackgroundFailure(exception);
    }
}

/// <summary>A cell recursed until the stack nearly ran out (see <see cref="CellGuard.Enter"/>).</summary>
public sealed class CellRecursionException() : Exception("this cell recursed too deeply");

/// <summary>A cell called <c>Environment.Exit</c> (see <see cref="CellGuard.Exit"/>).</summary>
public sealed class CellExitException(int exitCode)
    : Exception($"Environment.Exit({exitCode}) stops this notebook here; a cell cannot end the program that runs it")
{
    public int ExitCode { get; } = exitCode;
}
