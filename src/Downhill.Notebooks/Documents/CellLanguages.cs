using System.Text.Json.Nodes;

namespace Downhill.Notebooks.Documents;

/// <summary>
/// Works out which language a code cell is written in, the way Polyglot Notebooks did: a first line
/// "#!csharp" or "#!markdown" wins, then the cell's metadata, then the notebook's default. Polyglot
/// saved that metadata in three shapes over the years and all three are read.
/// </summary>
public static class CellLanguages
{
    public const string CSharp = "csharp";
    public const string Markdown = "markdown";

    /// <summary>Kernel names and their aliases as Polyglot spelled them, mapped to one name each.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["csharp"] = CSharp, ["c#"] = CSharp, ["cs"] = CSharp,
        ["markdown"] = Markdown, ["md"] = Markdown,
        ["fsharp"] = "fsharp", ["f#"] = "fsharp", ["fs"] = "fsharp",
        ["pwsh"] = "pwsh", ["powershell"] = "pwsh",
        ["javascript"] = "javascript", ["js"] = "javascript",
        ["html"] = "html", ["sql"] = "sql", ["kql"] = "kql", ["mermaid"] = "mermaid", ["http"] = "http", ["value"] = "value",
    };

    /// <summary>True when <paramref name="name"/> (without "#!") is a language Polyglot knew, so "#!name" starts a cell.</summary>
    public static bool IsKernelName(string name) => Aliases.ContainsKey(name);

    /// <summary>The one spelling of a language name ("C#" and "cs" become "csharp"); unknown names are lower-cased.</summary>
    public static string Normalize(string name) => Aliases.TryGetValue(name.Trim(), out var known) ? known : name.Trim().ToLowerInvariant();

    /// <summary>The language of <paramref name="cell"/>; markdown and raw cells answer "markdown" and "raw".</summary>
    public static string Of(NotebookCell cell, Notebook notebook)
    {
        if (cell.Kind == CellKind.Markdown) return Markdown;
        if (cell.Kind == CellKind.Raw) return "raw";
        return FromFirstLine(cell.Source) ?? FromCellMetadata(cell.Metadata) ?? DefaultFor(notebook);
    }

    /// <summary>The notebook's default language for code cells; C# when the metadata is silent.</summary>
    public static string DefaultFor(Notebook notebook)
    {
        var metadata = notebook.Metadata;
        var name = Text(metadata, "polyglot_notebook", "kernelInfo", "defaultKernelName")
            ?? Text(metadata, "polyglot_notebook", "defaultKernelName")
            ?? Text(metadata, "dotnet_interactive", "defaultKernelName")
            ?? Text(metadata, "kernelspec", "language")
            ?? Text(metadata, "language_info", "name");
        return name is null ? CSharp : Normalize(name);
    }

    /// <summary>The language named by a "#!name" first line, or null when the cell does not start with one.</summary>
    public static string? FromFirstLine(string source)
    {
        var firstLine = source.TrimStart('\n', '\r').Split('\n', 2)[0].Trim();
        if (!firstLine.StartsWith("#!", StringComparison.Ordinal)) return null;
        var name = firstLine[2..].Trim();
        return IsKernelName(name) ? Normalize(name) : null;
    }

    private static string? FromCellMetadata(JsonObject metadata)
    {
        var name = Text(metadata, "polyglot_notebook", "kernelName")
            ?? Text(metadata, "dotnet_interactive", "language");
        return name is null ? null : Normalize(name);
    }

    private static string? Text(JsonObject root, params string[] path)
    {
        JsonNode? node = root;
        foreach (var key in path)
            node = node is JsonObject obj && obj.TryGetPropertyValue(key, out var child) ? child : null;
        return node is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
    }
}
