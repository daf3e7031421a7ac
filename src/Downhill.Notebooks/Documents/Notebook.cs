using System.Text.Json.Nodes;

namespace Downhill.Notebooks.Documents;

/// <summary>
/// A notebook in memory: cells and metadata, independent of the file format it came from
/// (.ipynb or .dib). Written back out it is always nbformat 4.5.
/// </summary>
public sealed class Notebook
{
    public Notebook(IEnumerable<NotebookCell>? cells = null, JsonObject? metadata = null)
    {
        Cells = cells?.ToList() ?? [];
        Metadata = metadata ?? new JsonObject();
    }

    public List<NotebookCell> Cells { get; }

    public JsonObject Metadata { get; }

    /// <summary>The language of code cells that do not say otherwise ("csharp" unless the metadata names another).</summary>
    public string DefaultLanguage => CellLanguages.DefaultFor(this);

    /// <summary>The language a code cell is written in, following Polyglot's metadata and #! prefixes.</summary>
    public string LanguageOf(NotebookCell cell) => CellLanguages.Of(cell, this);

    /// <summary>The text of the first markdown heading, or null when the notebook has none.</summary>
    public string? Title =>
        Cells.Where(c => c.Kind == CellKind.Markdown || LanguageOf(c) == CellLanguages.Markdown)
            .SelectMany(c => c.Source.Split('\n'))
            .Select(line => line.Trim())
            .Where(line => line.StartsWith('#') && line.TrimStart('#').StartsWith(' '))
            .Select(line => line.TrimStart('#').Trim())
            .FirstOrDefault(text => text.Length > 0);
}
