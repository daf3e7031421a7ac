using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Downhill;

/// <summary>The one-line text view of a <see cref="Plot"/>: what it shows, read from the figure itself.</summary>
internal static partial class PlotText
{
    private const int MostNames = 8;

    /// <summary>An HTML tag such as &lt;br&gt; or &lt;b&gt;, which plotly draws and a reader does not count.</summary>
    [GeneratedRegex("<[^>]*>")]
    internal static partial Regex Tag();

    public static string Describe(string title, JsonArray data, JsonObject layout, int frameCount)
    {
        var head = title.Length > 0 ? $"Plot: {Plain(title)}" : "Plot";
        var series = Shortened(Distinct(data.Select(t => t?["name"])));
        var notes = Shortened(Distinct((layout["annotations"] as JsonArray ?? []).Select(a => a?["text"])));
        var shows = string.Join("; ", new[] { series, notes }.Where(s => s.Length > 0));
        var traces = data.Count == 1 ? "1 trace" : $"{data.Count} traces";
        var animation = frameCount > 0 ? $", {frameCount} frames" : "";
        return (shows.Length > 0 ? $"{head} — {shows}" : head) + $" ({traces}{animation})";
    }

    private static List<string> Distinct(IEnumerable<JsonNode?> texts) =>
        texts.Select(t => t is JsonValue v && v.TryGetValue<string>(out var s) ? Plain(s) : "")
             .Where(s => s.Length > 0)
             .Distinct(StringComparer.Ordinal)
             .ToList();

    private static string Shortened(List<string> names) =>
        names.Count <= MostNames ? string.Join(", ", names) : string.Join(", ", names.Take(MostNames)) + $" and {names.Count - MostNames} more";

    // Plotly titles and notes may hold <br>, <b> and entities; the text view wants words.
    private static string Plain(string text) =>
        System.Net.WebUtility.HtmlDecode(Tag().Replace(text.Replace("<br>", " "), "")).Trim();
}
