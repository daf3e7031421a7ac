using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Downhill.Notebooks.Documents;

/// <summary>
/// Reads Polyglot Notebooks' text format (.dib): cells separated by lines "#!csharp", "#!markdown" (or
/// another kernel name), and an optional "#!meta" block holding the notebook metadata as JSON. Other
/// "#!" lines (#!time) are magics and stay inside their cell. A .dib has no outputs.
/// </summary>
public static class DibReader
{
    public static Notebook Parse(string text, string fileName = "notebook")
    {
        var metadata = new JsonObject();
        var cells = new List<NotebookCell>();
        string? language = null;
        var body = new StringBuilder();

        void Flush()
        {
            var source = body.ToString().Trim('\n');
            body.Clear();
            if (language is null)
            {
                // Text before the first separator is C# in Polyglot's reading; keep it only if it says something.
                if (source.Trim().Length == 0) return;
                language = CellLanguages.CSharp;
            }
            if (language == "meta") metadata = ReadMeta(source, fileName);
            else cells.Add(MakeCell(language, source));
        }

        foreach (var rawLine in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = rawLine.TrimEnd();
            var name = line.StartsWith("#!", StringComparison.Ordinal) ? line[2..] : null;
            if (name is not null && (name == "meta" || CellLanguages.IsKernelName(name)))
            {
                Flush();
                language = name == "meta" ? "meta" : CellLanguages.Normalize(name);
                continue;
            }
            body.Append(rawLine).Append('\n');
        }
        Flush();

        var notebook = new Notebook(cells, WrapMeta(metadata));
        CellIds.AssignMissing(notebook);
        return notebook;
    }

    private static NotebookCell MakeCell(string language, string source)
    {
        if (language == CellLanguages.Markdown) return new NotebookCell(CellKind.Markdown, source);
        var metadata = new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = language } };
        return new NotebookCell(CellKind.Code, source, metadata: metadata);
    }

    private static JsonObject ReadMeta(string json, string fileName)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject ?? throw new NotebookException($"{fileName}: the #!meta block is not a JSON object.");
        }
        catch (JsonException e)
        {
            throw new NotebookException($"{fileName}: the #!meta block is not valid JSON ({e.Message.Split(" Path:")[0]})", e);
        }
    }

    /// <summary>The .dib meta block is the bare kernelInfo; in an .ipynb it sits under polyglot_notebook.</summary>
    private static JsonObject WrapMeta(JsonObject meta) =>
        meta.Count == 0 ? new JsonObject() : new JsonObject { ["polyglot_notebook"] = meta };
}
