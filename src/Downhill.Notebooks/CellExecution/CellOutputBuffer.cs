using Downhill.Notebooks.Formatting;
using System.Text;

namespace Downhill.Notebooks.CellExecution;

/// <summary>The outputs of one running cell, in order.</summary>
/// <remarks>
/// Console text is gathered and reaches the sink at most every
/// <see cref="FlushInterval"/> (or once <see cref="FlushSize"/> characters wait), as ipykernel's streams do:
/// a loop printing 100,000 lines then makes a few dozen messages instead of 100,000, which a Jupyter client
/// would drop most of. Pending text is flushed before a display or result, and when the cell ends, so the
/// order the student sees is the order the cell produced and nothing is lost — up to
/// <see cref="OutputLimit.MaxCharacters"/> of console text a cell; beyond it the text is counted, not kept, and
/// one sentence at the end of the cell says how much was printed.
/// </remarks>
internal sealed class CellOutputBuffer(IOutputSink sink)
{
    /// <summary>How long console text may wait before it is sent (ipykernel waits 0.2 s too).</summary>
    internal static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>Pending console text this long is sent at once, so one message stays a reasonable size.</summary>
    internal const int FlushSize = 64 * 1024;

    private readonly object gate = new();
    private Timer? flushTimer;
    private bool flushDue; // the timer is armed: pending text goes out when it fires
    private readonly StringBuilder stdout = new();
    private readonly StringBuilder stderr = new();
    private bool closed;
    private bool stdoutAtLineStart = true;
    private long printed; // console characters the cell wrote
    private long kept; // of those, the characters kept (at most OutputLimit.MaxCharacters)

    public IOutputSink Sink => sink;

    /// <summary>False once the cell has finished; late writes from work it left running then go to <see cref="StrayOutput"/>.</summary>
    public bool IsOpen
    {
        get { lock (gate) return !closed; }
    }

    public void Write(string name, string text)
    {
        if (text.Length == 0) return;
        lock (gate)
        {
            printed += text.Length;
            var room = OutputLimit.MaxCharacters - kept;
            if (room <= 0) return;
            if (text.Length > room) text = text[..(int)room];
            kept += text.Length;
            var buffer = name == "stderr" ? stderr : stdout;
            var other = name == "stderr" ? stdout : stderr;
            if (other.Length > 0) FlushLocked(name == "stderr" ? "stdout" : "stderr", other);
            buffer.Append(text);
            if (buffer.Length >= FlushSize) FlushLocked(name, buffer);
            else if (!closed) ArmTimerLocked();
        }
    }

    // One timer per cell, armed by the first text after a flush (never pushed back by later text, so a cell that
    // prints without pause still shows its output every interval) and fired once.
    private void ArmTimerLocked()
    {
        if (flushDue) return;
        flushDue = true;
        flushTimer ??= new Timer(_ => OnFlushDue());
        flushTimer.Change(FlushInterval, Timeout.InfiniteTimeSpan);
    }

    private void OnFlushDue()
    {
        lock (gate)
        {
            flushDue = false;
            FlushAllLocked();
        }
    }

    /// <summary>Writes a line of stdout of its own: after a line break if the cell's last stdout text did not end one.</summary>
    public void WriteLineApart(string line)
    {
        lock (gate)
        {
            FlushAllLocked();
            Write("stdout", stdoutAtLineStart ? line : "\n" + line);
        }
    }

    public void Display(MimeBundle bundle, string displayId)
    {
        lock (gate)
        {
            FlushAllLocked();
            sink.Display(OutputLimit.Cut(bundle), displayId);
        }
    }

    public void UpdateDisplay(MimeBundle bundle, string displayId)
    {
        lock (gate)
        {
            FlushAllLocked();
            sink.UpdateDisplay(OutputLimit.Cut(bundle), displayId);
        }
    }

    public void Result(MimeBundle bundle)
    {
        lock (gate)
        {
            FlushAllLocked();
            sink.Result(OutputLimit.Cut(bundle));
        }
    }

    public void Error(CellError error)
    {
        lock (gate)
        {
            FlushAllLocked();
            sink.Error(error);
        }
    }

    /// <summary>Sends pending console text to the sink now.</summary>
    public void Flush()
    {
        lock (gate) FlushAllLocked();
    }

    /// <summary>Flushes pending console text and stops accepting more.</summary>
    public void Close()
    {
        lock (gate)
        {
            FlushAllLocked();
            if (printed > kept && !closed) sink.Stream("stdout", (stdoutAtLineStart ? "" : "\n") + OutputLimit.Sentence(printed) + "\n");
            closed = true;
            flushTimer?.Dispose();
        }
    }

    private void FlushAllLocked()
    {
        FlushLocked("stdout", stdout);
        FlushLocked("stderr", stderr);
    }

    private void FlushLocked(string name, StringBuilder buffer)
    {
        if (buffer.Length == 0) return;
        var text = buffer.ToString();
        buffer.Clear();
        if (name == "stdout") stdoutAtLineStart = text.EndsWith('\n');
        sink.Stream(name, text);
    }
}
