namespace Downhill.Notebooks.Documents;

/// <summary>The three kinds of Jupyter cell.</summary>
public enum CellKind
{
    Code,
    Markdown,
    Raw,
}
