using Downhill.Notebooks.Formatting;
namespace Downhill.Notebooks.CellExecution;

/// <summary>
/// Where a running cell's outputs go, in the order they happen. The command collects them into an
/// .ipynb; the Jupyter kernel turns each call into an iopub message. Calls may come from the
/// cell's thread (Console, display), so implementations must be thread-safe.
/// </summary>
public interface IOutputSink
{
    /// <summary>Console output; <paramref name="name"/> is "stdout" or "stderr".</summary>
    void Stream(string name, string text);

    /// <summary>A value shown with display(x); <paramref name="displayId"/> identifies it for updates.</summary>
    void Display(MimeBundle bundle, string displayId);

    /// <summary>A handle's Update(y) replaced an earlier display.</summary>
    void UpdateDisplay(MimeBundle bundle, string displayId);

    /// <summary>The cell's trailing expression.</summary>
    void Result(MimeBundle bundle);

    /// <summary>The one error output of a failed cell (compile error, exception, time-out, interrupt).</summary>
    void Error(CellError error);
}

/// <summary>
/// A cell's failure in Jupyter's shape. <see cref="Value"/> names the cell and the line within the
/// cell, e.g. "cell 3, line 2: CS0103: The name 'alpah' does not exist in the current context".
/// </summary>
public sealed record CellError(string Name, string Value, IReadOnlyList<string> Traceback);
