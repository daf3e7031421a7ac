using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Downhill.Notebooks.Pages;

/// <summary>
/// Charts on a safe page (<c>render --safe</c>): an output's own HTML and scripts are not trusted, so a chart is drawn
/// from its Plotly figure (<c>application/vnd.plotly.v1+json</c>, pure data) by one script of the page's, and a
/// Content-Security-Policy lets only that script and plotly.js run — whatever else slipped into the page cannot.
/// </summary>
internal static class SafeCharts
{
    /// <summary>Draws every figure data block on the page, in order, where it stands.</summary>
    public const string DrawingScript =
        "document.querySelectorAll('script[type=\"application/json\"].downhill-figure').forEach(function (block) {" +
        "var plot = document.createElement('div'); plot.className = 'downhill-plot';" +
        "block.parentNode.insertBefore(plot, block);" +
        "var figure = JSON.parse(block.textContent);" +
        "figure.config = Object.assign({ responsive: true }, figure.config || {});" +
        "Plotly.newPlot(plot, figure);" +
        "});";

    /// <summary>
    /// The figure as a data block: the browser never runs it, and every "&lt;" is written as \u003c, which JSON reads
    /// as the same character, so no string in the figure can close the element.
    /// </summary>
    public static string FigureBlock(JsonObject figure) =>
        "<script type=\"application/json\" class=\"downhill-figure\">" +
        WithHarmlessConfig(figure).ToJsonString().Replace("<", "\\u003c", StringComparison.Ordinal) +
        "</script>";

    /// <summary>
    /// Config keys that change only how the chart is shown and handled on the page. Everything else is dropped: the
    /// "Edit chart" link and the server it sends the data to (<c>showLink</c>, <c>linkText</c>, <c>plotlyServerURL</c>,
    /// <c>showEditInChartStudio</c>, <c>sendData</c>), map and locale downloads, custom buttons.
    /// </summary>
    private static readonly HashSet<string> HarmlessConfig = new(StringComparer.Ordinal)
    {
        "responsive", "displaylogo", "displayModeBar", "scrollZoom", "staticPlot", "doubleClick", "doubleClickDelay", "showTips",
        "showAxisDragHandles", "showAxisRangeEntryBoxes", "editable", "autosizable", "fillFrame", "frameMargins", "modeBarButtonsToRemove",
    };

    // A copy of the figure whose config keeps only the harmless keys, with plain values (no objects a key could hide a link in).
    private static JsonObject WithHarmlessConfig(JsonObject figure)
    {
        if (figure["config"] is not JsonObject config) return figure;
        var kept = new JsonObject();
        foreach (var (key, value) in config)
            if (HarmlessConfig.Contains(key) && value is JsonValue or JsonArray && !(value is JsonArray list && list.Any(item => item is not JsonValue)))
                kept[key] = value.DeepClone();
        var copy = new JsonObject();
        foreach (var (key, value) in figure)
            copy[key] = key == "config" ? kept : value?.DeepClone();
        return copy;
    }

    /// <summary>
    /// A policy that runs exactly the given inline scripts (by their SHA-256), loads nothing from anywhere, and allows
    /// the inline styles and data: images plotly.js makes.
    /// </summary>
    public static string ContentSecurityPolicy(params string[] inlineScripts)
    {
        var hashes = string.Join(" ", inlineScripts.Select(s => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(s)))}'"));
        return "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; " +
               $"script-src {hashes}; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'\">";
    }
}
