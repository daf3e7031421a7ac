using System.Text;

namespace Downhill.Notebooks.Execution;

/// <summary>
/// The outputs of one running cell, in order. Console text is gathered into whole lines before it
/// reaches the sink (a loop printing one number per Write would otherwise make thousands of outputs),
/// and any pending text is flushed before a display or result so the order the student sees is the
/// order the cell produced.
/// </summary>
internal sealed class CellOutput(IOutputSink sink)
{
    private readonly object gate = new();
    private readonly StringBuilder stdout = new();
    private readonly StringBuilder stderr = new();
    private bool closed;
    private bool stdoutAtLineStart = true;

    public IOutputSink Sink => sink;

    /// <summary>False once the cell has finished; late writes from stray threads then go to the real console.</summary>
    public bool IsOpen
    {
        get { lock (gate) return !closed; }
    }

    public void Write(string name, string text)
    {
        if (text.Length == 0) return;
        lock (gate)
        {
            var buffer = name == "stderr" ? stderr : stdout;
            var other = name == "stderr" ? stdout : stderr;
            if (other.Length > 0) FlushLocked(name == "stderr" ? "stdout" : "stderr", other);
            buffer.Append(text);
            if (text.Contains('\n')) FlushLocked(name, buffer);
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
            sink.Display(bundle, displayId);
        }
    }

    public void UpdateDisplay(MimeBundle bundle, string displayId)
    {
        lock (gate)
        {
            FlushAllLocked();
            sink.UpdateDisplay(bundle, displayId);
        }
    }

    public void Result(MimeBundle bundle)
    {
        lock (gate)
        {
            FlushAllLocked();
            sink.Result(bundle);
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
            closed = true;
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
