using System.Text.Json;
using System.Text.Json.Nodes;

namespace Downhill.Notebooks.Formatting;

/// <summary>
/// One displayable value in several representations, keyed by MIME type ("text/plain", "text/html",
/// "application/vnd.plotly.v1+json"). Every bundle the executor produces carries text/plain, so any
/// front-end can show something. JSON types are held as their JSON text here and become JSON values
/// (not strings) wherever the bundle leaves the process: in a saved .ipynb and in the kernel's messages,
/// as nbformat and the messaging protocol both require.
/// </summary>
public sealed record MimeBundle(IReadOnlyDictionary<string, string> Data)
{
    public const string PlainText = "text/plain";
    public const string Html = "text/html";

    /// <summary>A Plotly figure ({data, layout, config, frames}), drawn by VS Code's Jupyter renderers and jupyterlab-plotly.</summary>
    public const string PlotlyJson = "application/vnd.plotly.v1+json";

    public string Text => Data.TryGetValue(PlainText, out var text) ? text : "";

    public string? HtmlText => Data.TryGetValue(Html, out var html) ? html : null;

    public static MimeBundle FromText(string text) => new(new Dictionary<string, string> { [PlainText] = text });

    public static MimeBundle FromHtml(string html, string text) =>
        new(new Dictionary<string, string> { [Html] = html, [PlainText] = text });

    /// <summary>A chart: the Plotly figure as JSON, an HTML view that draws it, and a sentence saying what it shows.</summary>
    public static MimeBundle FromChart(string figureJson, string html, string text) =>
        new(new Dictionary<string, string> { [PlotlyJson] = figureJson, [Html] = html, [PlainText] = text });

    /// <summary>nbformat and the messaging protocol keep JSON MIME types as JSON and every other type as a string.</summary>
    public static bool IsJson(string mimeType) =>
        mimeType == "application/json" || (mimeType.StartsWith("application/", StringComparison.Ordinal) && mimeType.EndsWith("+json", StringComparison.Ordinal));

    /// <summary>One representation as it goes on the wire or into a file: a JSON value for JSON types, else a string.</summary>
    public static JsonNode? ToNode(string mimeType, string value)
    {
        if (!IsJson(mimeType)) return JsonValue.Create(value);
        try { return JsonNode.Parse(value); }
        catch (JsonException) { return JsonValue.Create(value); } // not JSON after all: kept as written rather than lost
    }

    /// <summary>The bundle as a Jupyter "data" object, text/plain always present.</summary>
    public JsonObject ToJson()
    {
        var data = new JsonObject();
        foreach (var (mime, value) in Data) data[mime] = ToNode(mime, value);
        if (!data.ContainsKey(PlainText)) data[PlainText] = Text;
        return data;
    }
}
