using System.Text.Json;
using System.Text.Json.Nodes;

namespace Downhill.Notebooks.Documents;

/// <summary>Reads Jupyter notebooks of nbformat 4.0 to 4.5 (source and text as a string or a list of lines).</summary>
public static class IpynbReader
{
    /// <param name="json">The file's text.</param>
    /// <param name="fileName">Used in error messages only.</param>
    public static Notebook Parse(string json, string fileName = "notebook")
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: Options) as JsonObject
                ?? throw new NotebookException($"{fileName} is not a Jupyter notebook: its JSON is not an object.");
        }
        catch (JsonException e)
        {
            throw new NotebookException(JsonProblem(fileName, e), e);
        }

        var format = root["nbformat"] is JsonValue v && v.TryGetValue<int>(out var major) ? major : 0;
        if (format != 4)
            throw new NotebookException($"{fileName} is nbformat {(format == 0 ? "unknown" : format)}; downhill reads nbformat 4 (save it again in Jupyter or VS Code to upgrade).");

        var cells = root["cells"] as JsonArray ?? throw new NotebookException($"{fileName} has no \"cells\" list.");
        var metadata = root["metadata"] is JsonObject m ? (JsonObject)m.DeepClone() : new JsonObject();
        var notebook = new Notebook(cells.Select((c, i) => ReadCell(c as JsonObject ?? throw new NotebookException($"{fileName}: cell {i + 1} is not a JSON object."), i, fileName)), metadata);
        CellIds.AssignMissing(notebook);
        return notebook;
    }

    /// <summary>
    /// A key given twice is refused rather than one copy silently winning (Jupyter and VS Code would each pick one,
    /// and not necessarily the same); trailing commas, which hand-edited notebooks have, are forgiven.
    /// </summary>
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        AllowDuplicateProperties = false,
        MaxDepth = MaxDepth,
    };

    /// <summary>System.Text.Json's default; a notebook's deepest JSON (a Plotly figure) is about a dozen levels.</summary>
    private const int MaxDepth = 64;

    // One sentence for each way the text can fail to be a notebook's JSON.
    private static string JsonProblem(string fileName, JsonException e)
    {
        var line = e.LineNumber + 1;
        var reason = e.Message.Split(" Path:")[0];
        if (reason.Contains("maximum configured depth", StringComparison.Ordinal))
            return $"{fileName} is nested too deeply (line {line}): downhill reads JSON up to {MaxDepth} levels of nested lists and objects.";
        if (DuplicateKey(e) is { } key)
            return $"{fileName} has the key \"{key}\" twice in one object{(e.LineNumber is null ? "" : $" (line {line})")}; a notebook names each key once, so downhill cannot tell which to use.";
        return $"{fileName} is not valid JSON (line {line}): {reason}";
    }

    // System.Text.Json says "Duplicate property 'name' encountered during deserialization." (no line number).
    private static string? DuplicateKey(JsonException e)
    {
        const string marker = "Duplicate property '";
        var start = e.Message.IndexOf(marker, StringComparison.Ordinal);
        if (start < 0) return null;
        start += marker.Length;
        var end = e.Message.IndexOf('\'', start);
        return end < 0 ? null : e.Message[start..end];
    }

    private static NotebookCell ReadCell(JsonObject json, int index, string fileName)
    {
        var kind = (string?)json["cell_type"] switch
        {
            "code" => CellKind.Code,
            "markdown" => CellKind.Markdown,
            "raw" => CellKind.Raw,
            var other => throw new NotebookException($"{fileName}: cell {index + 1} has an unknown cell_type \"{other}\"."),
        };
        var cell = new NotebookCell(kind, MultilineText(json["source"]), (string?)json["id"],
            json["metadata"] is JsonObject m ? (JsonObject)m.DeepClone() : null);
        if (json["attachments"] is JsonObject attachments) cell.Attachments = (JsonObject)attachments.DeepClone();
        if (kind != CellKind.Code) return cell;

        cell.ExecutionCount = json["execution_count"] is JsonValue count && count.TryGetValue<int>(out var n) ? n : null;
        if (json["outputs"] is JsonArray outputs)
            cell.Outputs.AddRange(outputs.OfType<JsonObject>().Select(o => ReadOutput(o, index, fileName)));
        return cell;
    }

    private static CellOutput ReadOutput(JsonObject json, int index, string fileName) => (string?)json["output_type"] switch
    {
        "stream" => new StreamOutput((string?)json["name"] ?? "stdout", MultilineText(json["text"])),
        "display_data" => new DisplayDataOutput(ReadData(json["data"]), Metadata(json)),
        "execute_result" => new ExecuteResultOutput(ReadData(json["data"]), Metadata(json),
            json["execution_count"] is JsonValue c && c.TryGetValue<int>(out var n) ? n : null),
        "error" => new ErrorOutput((string?)json["ename"] ?? "", (string?)json["evalue"] ?? "",
            json["traceback"] is JsonArray tb ? tb.Select(t => (string?)t ?? "").ToArray() : []),
        var other => throw new NotebookException($"{fileName}: cell {index + 1} has an output of unknown type \"{other}\"."),
    };

    private static JsonObject Metadata(JsonObject output) =>
        output["metadata"] is JsonObject m ? (JsonObject)m.DeepClone() : new JsonObject();

    private static OutputData ReadData(JsonNode? data) =>
        new(data is JsonObject obj
            ? obj.Select(p => new KeyValuePair<string, JsonNode?>(p.Key,
                OutputData.IsJsonMime(p.Key) ? p.Value?.DeepClone() : JsonValue.Create(MultilineText(p.Value))))
            : []);

    /// <summary>nbformat's multiline string: one string, or a list of lines to be joined.</summary>
    internal static string MultilineText(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => "",
    };
}
