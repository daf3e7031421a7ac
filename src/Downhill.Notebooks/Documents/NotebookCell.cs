using System.Text.Json.Nodes;

namespace Downhill.Notebooks.Documents;

/// <summary>
/// One cell of a notebook. Metadata and attachments are kept as read so a round trip preserves
/// what other tools (VS Code, Polyglot Notebooks, papermill) stored there.
/// </summary>
public sealed class NotebookCell
{
    public NotebookCell(CellKind kind, string source, string? id = null, JsonObject? metadata = null)
    {
        Kind = kind;
        Source = source;
        Id = id;
        Metadata = metadata ?? new JsonObject();
    }

    public CellKind Kind { get; }

    /// <summary>nbformat 4.5 cell id; null until <see cref="CellIds.AssignMissing"/> gives one.</summary>
    public string? Id { get; set; }

    /// <summary>The cell's text with "\n" line endings.</summary>
    public string Source { get; set; }

    public JsonObject Metadata { get; }

    /// <summary>Images embedded in markdown and raw cells (nbformat "attachments"), kept untouched.</summary>
    public JsonObject? Attachments { get; set; }

    /// <summary>Code cells only: the outputs of the last run, in order.</summary>
    public List<CellOutput> Outputs { get; } = [];

    /// <summary>Code cells only: the Jupyter execution count of the last run, or null when not run.</summary>
    public int? ExecutionCount { get; set; }

    /// <summary>The tags in metadata.tags (papermill's "parameters", "injected-parameters", …).</summary>
    public IReadOnlyList<string> Tags =>
        Metadata["tags"] is JsonArray tags ? tags.Select(t => t?.GetValue<string>() ?? "").ToArray() : [];

    public bool HasTag(string tag) => Tags.Contains(tag, StringComparer.Ordinal);

    /// <summary>Forgets the outputs of an earlier run.</summary>
    public void ClearOutputs()
    {
        Outputs.Clear();
        ExecutionCount = null;
    }
}
