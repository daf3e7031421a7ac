namespace Downhill.Notebooks.CellExecution;

/// <summary>
/// What <c>display(x)</c> returns: the shown output, which <see cref="Update"/> replaces in place
/// (a progress line, a chart redrawn as training goes on).
/// </summary>
public sealed class DisplayHandle
{
    private readonly Action<object?, string> update;

    internal DisplayHandle(string displayId, Action<object?, string> update)
    {
        DisplayId = displayId;
        this.update = update;
    }

    /// <summary>Identifies the output for the front-end; unique within a session.</summary>
    public string DisplayId { get; }

    /// <summary>Replaces the displayed value with <paramref name="value"/>.</summary>
    public void Update(object? value) => update(value, DisplayId);

    /// <inheritdoc />
    public override string ToString() => $"display {DisplayId}";
}
