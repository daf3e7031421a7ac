using Downhill.Notebooks.Formatting;
namespace Downhill.Notebooks.CellExecution;

/// <summary>
/// An <see cref="IOutputSink"/> that keeps every output in order, for tests and simple hosts.
/// Thread-safe; <see cref="Outputs"/> returns a snapshot.
/// </summary>
public sealed class CollectingSink : IOutputSink
{
    private readonly List<CollectedOutput> outputs = [];

    /// <summary>Everything received so far, in order.</summary>
    public IReadOnlyList<CollectedOutput> Outputs
    {
        get { lock (outputs) return outputs.ToArray(); }
    }

    /// <summary>All text written to the named stream ("stdout" or "stderr"), joined.</summary>
    public string StreamText(string name) =>
        string.Concat(Outputs.OfType<CollectedOutput.Stream>().Where(s => s.Name == name).Select(s => s.Text));

    /// <summary>The cell's result, or null when it had none.</summary>
    public MimeBundle? ResultBundle => Outputs.OfType<CollectedOutput.Result>().LastOrDefault()?.Bundle;

    /// <summary>The error output, or null when the cell did not fail.</summary>
    public CellError? ErrorOutput => Outputs.OfType<CollectedOutput.Failure>().LastOrDefault()?.Error;

    /// <summary>Forgets everything collected (to reuse the sink for the next cell).</summary>
    public void Clear()
    {
        lock (outputs) outputs.Clear();
    }

    public void Stream(string name, string text) => Add(new CollectedOutput.Stream(name, text));

    public void Display(MimeBundle bundle, string displayId) => Add(new CollectedOutput.Display(bundle, displayId));

    public void UpdateDisplay(MimeBundle bundle, string displayId) => Add(new CollectedOutput.Update(bundle, displayId));

    public void Result(MimeBundle bundle) => Add(new CollectedOutput.Result(bundle));

    public void Error(CellError error) => Add(new CollectedOutput.Failure(error));

    private void Add(CollectedOutput output)
    {
        lock (outputs) outputs.Add(output);
    }
}

/// <summary>One output received by a <see cref="CollectingSink"/>.</summary>
public abstract record CollectedOutput
{
    private CollectedOutput() { }

    /// <summary>Console text.</summary>
    public sealed record Stream(string Name, string Text) : CollectedOutput;

    /// <summary>A display(x).</summary>
    public sealed record Display(MimeBundle Bundle, string DisplayId) : CollectedOutput;

    /// <summary>A handle's Update(y).</summary>
    public sealed record Update(MimeBundle Bundle, string DisplayId) : CollectedOutput;

    /// <summary>The trailing expression's value.</summary>
    public sealed record Result(MimeBundle Bundle) : CollectedOutput;

    /// <summary>The cell's one error.</summary>
    public sealed record Failure(CellError Error) : CollectedOutput;
}
