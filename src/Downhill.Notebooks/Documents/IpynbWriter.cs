using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Downhill.Notebooks.Formatting;

namespace Downhill.Notebooks.Documents;

/// <summary>
/// Writes nbformat 4.5 the way Jupyter does (keys sorted, one-space indent, multi-line strings as
/// lists of lines, a final newline), so a notebook saved by downhill diffs cleanly against one saved
/// by Jupyter or VS Code.
/// </summary>
public static class IpynbWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 1,
        // Python's json.dumps(ensure_ascii=False): α stays α and <div> stays <div>.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToJson(Notebook notebook)
    {
        CellIds.AssignMissing(notebook);
        var root = new JsonObject
        {
            ["cells"] = new JsonArray(notebook.Cells.Select(CellJson).ToArray<JsonNode?>()),
            ["metadata"] = notebook.Metadata.DeepClone(),
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
            WriteSorted(writer, root);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static JsonObject CellJson(NotebookCell cell)
    {
        var json = new JsonObject
        {
            ["cell_type"] = cell.Kind switch { CellKind.Code => "code", CellKind.Markdown => "markdown", _ => "raw" },
            ["id"] = cell.Id,
            ["metadata"] = cell.Metadata.DeepClone(),
            ["source"] = Lines(cell.Source),
        };
        if (cell.Kind == CellKind.Code)
        {
            json["execution_count"] = cell.ExecutionCount;
            json["outputs"] = new JsonArray(cell.Outputs.Select(OutputJson).ToArray<JsonNode?>());
        }
        else if (cell.Attachments is not null)
        {
            json["attachments"] = cell.Attachments.DeepClone();
        }
        return json;
    }

    private static JsonObject OutputJson(CellOutput output) => output switch
    {
        StreamOutput s => new JsonObject { ["output_type"] = "stream", ["name"] = s.Name, ["text"] = Lines(OutputLimit.Cut(s.Text)) },
        DisplayDataOutput d => new JsonObject { ["output_type"] = "display_data", ["data"] = DataJson(d.Data), ["metadata"] = d.Metadata.DeepClone() },
        ExecuteResultOutput r => new JsonObject
        {
            ["output_type"] = "execute_result", ["data"] = DataJson(r.Data), ["metadata"] = r.Metadata.DeepClone(), ["execution_count"] = r.ExecutionCount,
        },
        ErrorOutput e => new JsonObject
        {
            ["output_type"] = "error", ["ename"] = e.Name, ["evalue"] = e.Value, ["traceback"] = new JsonArray(e.Traceback.Select(t => (JsonNode?)t).ToArray()),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(output), output, "Unknown output shape."),
    };

    private static JsonObject DataJson(OutputData data)
    {
        var json = new JsonObject();
        foreach (var (mime, value) in data.Representations)
            json[mime] = OutputData.IsJsonMime(mime) ? value?.DeepClone() : Lines(OutputLimit.Cut(data.Text(mime) ?? ""));
        return json;
    }

    /// <summary>nbformat's multi-line string as Jupyter writes it: lines keeping their "\n", the last without.</summary>
    internal static JsonArray Lines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var stop = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..stop]);
            start = stop;
        }
        return lines;
    }

    private static void WriteSorted(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    WriteSorted(writer, value);
                }
                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var item in array) WriteSorted(writer, item);
                writer.WriteEndArray();
                break;
            case null:
                writer.WriteNullValue();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }
}
