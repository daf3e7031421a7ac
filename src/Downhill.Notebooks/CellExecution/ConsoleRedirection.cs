using System.Text;

namespace Downhill.Notebooks.CellExecution;

/// <summary>
/// Sends Console output of a running cell to that cell's outputs, and answers its Console.ReadLine.
/// Console is one per process while sessions may run side by side (tests, a kernel and a warm-up), so
/// the console is swapped for routers that look up the current cell through an AsyncLocal: work a
/// cell starts (tasks, awaits) is routed to it, everything else goes to the real console. A session
/// installs the routers at its first cell and keeps them for its life (work a cell left running may
/// still write); the real console comes back when the last session holding them is disposed.
/// </summary>
internal static class ConsoleRedirection
{
    private static readonly AsyncLocal<CellConsole?> Current = new();
    private static readonly object Gate = new();
    private static int activeCells;
    private static TextWriter? realOut;
    private static TextWriter? realError;
    private static TextReader? realIn;

    /// <summary>
    /// Puts the routers in place until disposed (counted: the real console comes back when the last holder lets
    /// go). Sessions hold this, not a cell's thread, so a cell abandoned asleep does not keep it.
    /// </summary>
    public static IDisposable Install()
    {
        lock (Gate)
        {
            if (activeCells++ == 0)
            {
                realOut = Console.Out;
                realError = Console.Error;
                realIn = Console.In;
                Console.SetOut(new RoutingWriter("stdout", realOut));
                Console.SetError(new RoutingWriter("stderr", realError));
                Console.SetIn(new RoutingReader(realIn));
            }
        }
        return new Uninstall();
    }

    /// <summary>Routes this thread's console (and that of the work it starts) to <paramref name="cell"/>.</summary>
    public static void Route(CellConsole cell) => Current.Value = cell;

    /// <summary>The cell whose code (or work it started) is running on this thread, open or already ended.</summary>
    public static CellConsole? CurrentCell => Current.Value;

    private sealed class Uninstall : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 1) return;
            lock (Gate)
            {
                if (--activeCells > 0) return;
                Console.SetOut(realOut!);
                Console.SetError(realError!);
                Console.SetIn(realIn!);
            }
        }
    }

    private static CellConsole? OpenCell => Current.Value is { Output.IsOpen: true } cell ? cell : null;

    private sealed class RoutingWriter(string name, TextWriter real) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Write(value.ToString());

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void Write(string? value)
        {
            if (value is null) return;
            if (Current.Value is { } cell) cell.Write(name, value);
            else real.Write(value);
        }

        public override void WriteLine(string? value) => Write(value + NewLine);

        public override void Flush()
        {
            if (OpenCell is null) real.Flush();
        }
    }

    private sealed class RoutingReader(TextReader real) : TextReader
    {
        public override string? ReadLine() => OpenCell is { } cell ? cell.ReadLine() : real.ReadLine();

        public override int Read() => OpenCell is { } cell ? cell.Read() : real.Read();

        public override int Peek() => OpenCell is not null ? -1 : real.Peek();

        public override string ReadToEnd() => OpenCell is { } cell ? cell.ReadLine() + Environment.NewLine : real.ReadToEnd();
    }
}

/// <summary>
/// A running cell's console: where its output goes and who answers its ReadLine. Work the cell leaves running
/// keeps this console after the cell ended; what it writes then goes to <paramref name="stray"/>.
/// </summary>
internal sealed class CellConsole(CellOutputBuffer output, Func<string, bool, string>? inputProvider, StrayOutput stray, string cellName, string cellFile)
{
    public const string NoKeyboard = "this notebook runs without a keyboard: Console.ReadLine is not available";

    private string pendingInput = "";

    public CellOutputBuffer Output => output;

    public void Write(string name, string text)
    {
        if (output.IsOpen) output.Write(name, text);
        else stray.Write(name, text);
    }

    /// <summary>An exception on a thread or in an <c>async void</c> the cell started: one line on stderr, the session goes on.</summary>
    public void ReportBackgroundFailure(Exception exception)
    {
        var error = CellErrors.Exception(cellName, cellFile, exception);
        Write("stderr", $"{error.Name} on a thread {cellName} started — {error.Value}\n");
    }

    public string ReadLine()
    {
        if (inputProvider is null) throw new InvalidOperationException(NoKeyboard);
        output.Flush(); // a prompt written with Console.Write must show before the front-end asks
        return inputProvider("", false);
    }

    public int Read()
    {
        if (pendingInput.Length == 0) pendingInput = ReadLine() + "\n";
        var next = pendingInput[0];
        pendingInput = pendingInput[1..];
        return next;
    }
}
