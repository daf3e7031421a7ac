using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Downhill.Notebooks.CellExecution;

/// <summary>
/// Builds the one error output of a failed cell. Its value always starts with the cell and the line within
/// the cell ("cell 3, line 2: …") so a student knows where to look without reading a stack trace.
/// </summary>
internal static class CellErrors
{
    public static CellError Compilation(string cellName, IReadOnlyList<Diagnostic> errors)
    {
        var lines = errors.Select(d => $"{cellName}, line {LineOf(d)}: {Describe(d)}").ToList();
        return new CellError("CompilationError", lines[0], lines);
    }

    /// <summary>An exception thrown by the cell's code; the line is that of the innermost frame in the cell.</summary>
    public static CellError Exception(string cellName, string cellFile, Exception exception)
    {
        exception = Unwrap(exception);
        if (exception is TypeInitializationException { InnerException: { } cause } failed) return FailedInitializer(cellName, cellFile, failed, cause);
        var frames = Frames(exception);
        var line = InnermostCellLine(frames, cellFile);
        var where = line is null ? cellName : $"{cellName}, line {line}";
        var message = exception switch
        {
            CellRecursionException => RecursionMessage(frames, cellFile),
            OutOfMemoryException => OutOfMemoryMessage,
            _ => exception.Message,
        };
        var value = $"{where}: {message}";
        var name = exception.GetType().Name;
        var traceback = new List<string> { $"{name}: {value}" };
        traceback.AddRange(CellFrames(frames, cellFile, cellName));
        return new CellError(name, value, traceback);
    }

    /// <summary>True when the cell ran out of memory: the session then empties the variables the cell declared.</summary>
    public static bool IsOutOfMemory(Exception exception) => Unwrap(exception) is OutOfMemoryException;

    // .NET's own message ("Exception of type 'System.OutOfMemoryException' was thrown.") says nothing a student can use.
    internal const string OutOfMemoryMessage =
        "this cell ran out of memory; the variables it declared were emptied to give the memory back, and the session goes on";

    // "cell 2, line 1: the static initializer of Table (cell 1, line 3) failed: DivideByZeroException: Attempted to
    // divide by zero." .NET's own message names a generated type ("Submission#0+Table") and hides the cause.
    private static CellError FailedInitializer(string cellName, string cellFile, TypeInitializationException failed, Exception cause)
    {
        cause = Unwrap(cause);
        var usedAt = InnermostCellLine(Frames(failed), cellFile);
        var causeFrames = Frames(cause);
        var thrownAt = causeFrames
            .Where(f => f.GetFileLineNumber() > 0)
            .Select(f => IsInCell(f, cellFile) ? $"{cellName}, line {f.GetFileLineNumber()}" : EarlierCellName(f) is { } cell ? $"{cell}, line {f.GetFileLineNumber()}" : null)
            .FirstOrDefault(w => w is not null);
        var type = failed.TypeName?.Split('+')[^1] ?? "a type";
        var value = $"{(usedAt is null ? cellName : $"{cellName}, line {usedAt}")}: the static initializer of {type}" +
                    $"{(thrownAt is null ? "" : $" ({thrownAt})")} failed: {cause.GetType().Name}: {cause.Message}";
        var traceback = new List<string> { $"{nameof(TypeInitializationException)}: {value}" };
        traceback.AddRange(CellFrames(causeFrames, cellFile, cellName));
        return new CellError(nameof(TypeInitializationException), value, traceback);
    }

    private static StackFrame[] Frames(Exception exception) => new StackTrace(exception, fNeedFileInfo: true).GetFrames();

    /// <summary>How many frames a traceback shows: a recursion thousands deep is the same few lines repeated.</summary>
    internal const int TracebackFrames = 20;

    // "this cell recursed too deeply (F called itself 52,310 times without stopping: which case ends it?)"
    private static string RecursionMessage(StackFrame[] frames, string cellFile)
    {
        var innermost = frames.FirstOrDefault(f => IsInCell(f, cellFile) || EarlierCellName(f) is not null)?.GetMethod();
        if (innermost is null) return "this cell recursed too deeply (the stack ran out)";
        var depth = frames.Count(f => f.GetMethod() == innermost);
        return $"this cell recursed too deeply ({Describe(innermost)} called itself {depth.ToString("N0", CultureInfo.InvariantCulture)} times without stopping: which case ends it?)";
    }

    /// <summary>A problem found before running: a bad magic command or a failed package restore.</summary>
    public static CellError Preparation(string cellName, int line, string message)
    {
        var value = $"{cellName}, line {line}: {message}";
        return new CellError("MagicCommandError", value, [value]);
    }

    public static CellError TimedOut(string cellName, TimeSpan timeout)
    {
        var value = $"{cellName} ran past its {Duration(timeout)} time-out and was stopped";
        return new CellError("CellTimedOut", value, [value]);
    }

    public static CellError Interrupted(string cellName)
    {
        var value = $"{cellName} was interrupted";
        return new CellError("CellInterrupted", value, [value]);
    }

    /// <summary>"2-minute", "30-second", "1.5-second", "200-millisecond".</summary>
    public static string Duration(TimeSpan span)
    {
        string Number(double n) => n.ToString("0.##", CultureInfo.InvariantCulture);
        if (span.TotalMinutes >= 1 && span.TotalMinutes == Math.Floor(span.TotalMinutes)) return $"{Number(span.TotalMinutes)}-minute";
        if (span.TotalSeconds >= 1) return $"{Number(span.TotalSeconds)}-second";
        return $"{Number(span.TotalMilliseconds)}-millisecond";
    }

    private static int LineOf(Diagnostic diagnostic) =>
        diagnostic.Location.IsInSource ? diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1 : 1;

    private static string Describe(Diagnostic diagnostic) =>
        $"error {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";

    // Reflection and task plumbing wrap the exception the student's code actually caused.
    private static Exception Unwrap(Exception exception)
    {
        while (true)
        {
            switch (exception)
            {
                case TargetInvocationException { InnerException: { } inner }:
                    exception = inner;
                    continue;
                case AggregateException aggregate when aggregate.InnerExceptions.Count == 1:
                    exception = aggregate.InnerExceptions[0];
                    continue;
                default:
                    return exception;
            }
        }
    }

    private static int? InnermostCellLine(StackFrame[] frames, string cellFile)
    {
        foreach (var frame in frames)
            if (IsInCell(frame, cellFile) && frame.GetFileLineNumber() > 0)
                return frame.GetFileLineNumber();
        return null;
    }

    // The PDB records the cell's file path as the source resolver normalised it (made absolute against the
    // notebook's folder), while the syntax tree keeps the bare name: compare the file names.
    private static bool IsInCell(StackFrame frame, string cellFile) =>
        frame.GetFileName() is { } file && (file == cellFile || Path.GetFileName(file) == Path.GetFileName(cellFile));

    // A method defined in an earlier cell runs from that cell's file, named "cell 1 #1" (name, then execution count).
    private static string? EarlierCellName(StackFrame frame)
    {
        if (frame.GetFileName() is not { } file || frame.GetFileLineNumber() <= 0) return null;
        var name = Path.GetFileName(file);
        var hash = name.LastIndexOf(" #", StringComparison.Ordinal);
        return hash > 0 && int.TryParse(name.AsSpan(hash + 2), out _) ? name[..hash] : null;
    }

    // The frames a student can act on: from where it was thrown up to the last line of the cell, leaving out
    // Roslyn's submission plumbing below it.
    private static IEnumerable<string> CellFrames(StackFrame[] frames, string cellFile, string cellName)
    {
        var last = Array.FindLastIndex(frames, f => IsInCell(f, cellFile));
        if (last < 0) last = frames.Length - 1;
        for (var i = 0; i <= last; i++)
        {
            if (i == TracebackFrames)
            {
                yield return $"   … {(last + 1 - i).ToString("N0", CultureInfo.InvariantCulture)} more frames";
                yield break;
            }
            var frame = frames[i];
            var method = frame.GetMethod();
            if (method is null || method.DeclaringType == typeof(CellGuard)) continue; // the guard is ours, not the student's
            var cell = IsInCell(frame, cellFile) ? cellName : EarlierCellName(frame);
            var where = cell is null ? "" : $" in {cell}, line {frame.GetFileLineNumber()}";
            yield return $"   at {Describe(method)}{where}";
        }
    }

    private static bool InCell(StackFrame frame, string cellFile) =>
        frame.GetFileName() is { } file && (file == cellFile || Path.GetFileName(file) == Path.GetFileName(cellFile));

    private static string Describe(MethodBase method)
    {
        var type = method.DeclaringType;
        // Script code lives in generated "Submission#3" classes; their names mean nothing to a student.
        if (type is null || type.FullName?.StartsWith("Submission#", StringComparison.Ordinal) == true)
            return method.Name is "<Initialize>" or "MoveNext" ? "<cell>" : method.Name;
        return $"{type.FullName}.{method.Name}";
    }
}
