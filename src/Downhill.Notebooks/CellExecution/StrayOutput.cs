using System.Text;

namespace Downhill.Notebooks.CellExecution;

/// <summary>
/// Console text and failures from work a cell left running (a thread, a timer, an <c>async void</c>) that arrive
/// after the cell ended. They go to the cell running now, or wait for the next one to begin — the student sees
/// them under the next cell they run instead of never.
/// </summary>
internal sealed class StrayOutput
{
    private readonly object gate = new();
    private readonly StringBuilder stdout = new();
    private readonly StringBuilder stderr = new();
    private CellOutputBuffer? running;

    public void Write(string name, string text)
    {
        lock (gate)
        {
            if (running is { IsOpen: true } cell) cell.Write(name, text);
            else (name == "stderr" ? stderr : stdout).Append(text);
        }
    }

    /// <summary>A cell begins: what waited is its first output, and what arrives from now on joins it.</summary>
    public void Begin(CellOutputBuffer cell)
    {
        lock (gate)
        {
            running = cell;
            if (stdout.Length > 0) cell.Write("stdout", stdout.ToString());
            if (stderr.Length > 0) cell.Write("stderr", stderr.ToString());
            stdout.Clear();
            stderr.Clear();
        }
    }

    public void End()
    {
        lock (gate) running = null;
    }
}
