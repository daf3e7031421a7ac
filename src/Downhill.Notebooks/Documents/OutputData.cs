using Downhill.Notebooks.Formatting;
using System.Text.Json.Nodes;
using Downhill.Notebooks.CellExecution;

namespace Downhill.Notebooks.Documents;

/// <summary>
/// A display's representations keyed by MIME type. Text types hold one string; JSON types
/// (application/json, application/*+json) hold the JSON value itself, as nbformat stores them.
/// </summary>
public sealed class OutputData
{
    private readonly SortedDictionary<string, JsonNode?> _byMime;

    public OutputData(IEnumerable<KeyValuePair<string, JsonNode?>> representations) =>
        _byMime = new SortedDictionary<string, JsonNode?>(representations.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal);

    public IEnumerable<string> MimeTypes => _byMime.Keys;

    public IEnumerable<KeyValuePair<string, JsonNode?>> Representations => _byMime;

    public bool Has(string mimeType) => _byMime.ContainsKey(mimeType);

    /// <summary>The representation as text (JSON types serialised), or null when absent.</summary>
    public string? Text(string mimeType) => _byMime.TryGetValue(mimeType, out var node) ? AsText(node) : null;

    /// <summary>A JSON representation (e.g. a Plotly figure) as its JSON value, or null when absent.</summary>
    public JsonNode? Json(string mimeType) => _byMime.TryGetValue(mimeType, out var node) ? node : null;

    public static OutputData From(MimeBundle bundle) =>
        new(bundle.Data.Select(p => new KeyValuePair<string, JsonNode?>(p.Key, MimeBundle.ToNode(p.Key, p.Value))));

    /// <summary>nbformat keeps JSON MIME types as JSON and every other type as a (multi-line) string.</summary>
    public static bool IsJsonMime(string mimeType) => MimeBundle.IsJson(mimeType);

    private static string? AsText(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => node.ToJsonString(),
    };
}
