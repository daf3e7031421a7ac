using System.Text.Json.Nodes;

namespace Downhill;

/// <summary>
/// Keeps a chart's title clear of plotly's mode bar (the zoom, pan and download buttons at the figure's top right) and
/// inside the figure: the title goes on its own band under the bar, a title too long for the figure's width is broken
/// into lines between words, and the top margin grows to hold them, pushing down whatever the chart keeps under its title
/// (a grid's panel titles). A long title ran under the bar and off the figure's edge before ("… vs Adam with α =" and the
/// rest hidden).
/// </summary>
internal static class TitleRoom
{
    /// <summary>The mode bar's band at the top of the figure, in pixels (it reaches 30 px down; a title's text box starts a few px above its anchor).</summary>
    public const int BarBand = 40;

    /// <summary>plotly's title font size when the layout sets none.</summary>
    private const double DefaultFontSize = 17;

    /// <summary>A character's width as a share of the font size, on the generous side (most are narrower).</summary>
    internal const double CharacterWidth = 0.6;

    /// <summary>The height of one line of title text, in pixels, with some air.</summary>
    public const int LineHeight = 24;

    /// <summary>Moves the title of a layout that states its height under the mode bar's band; a layout without either is left alone.</summary>
    public static void Apply(JsonObject layout)
    {
        if (layout["title"] is not JsonObject title || string.IsNullOrWhiteSpace(title["text"]?.GetValue<string>())) return;
        if (!FiniteJson.TryGetNumber(layout["height"], out var height) || height <= 0) return;
        var fontSize = FontSize(title);
        var left = FiniteJson.TryGetNumber(title["x"], out var x) ? x : 0.05;
        if (FiniteJson.TryGetNumber(layout["width"], out var width) && width > 0)
            title["text"] = Wrapped(title["text"]!.GetValue<string>(), (int)((1 - left) * width - 20) / (CharacterWidth * fontSize));
        var lines = title["text"]!.GetValue<string>().Split("<br>", StringSplitOptions.None).Length;
        // plotly places a title's FIRST line by its anchor and hangs further lines below it when anchored at the bottom
        // (anchored at the top, a title of several lines is pulled up into the bar): so anchor the first line's foot
        // one font size under the band, and its top lands on the band's edge whatever the number of lines.
        title["yref"] = "container";
        title["yanchor"] = "bottom";
        title["y"] = 1 - (BarBand + fontSize) / height;
        var margin = layout["margin"] as JsonObject ?? new JsonObject();
        layout["margin"] = margin;
        // A chart's own top margin holds a one-line title and whatever the chart keeps under it, above the plot: a grid's
        // panel titles, an explorer's buttons, a legend on top. Each further line of a wrapped title pushes all of that
        // down by a line (raising the margin only to the title's own room left a grid's panel titles under its second line).
        var oneLine = RoomFor(1, fontSize);
        var keptUnderTitle = FiniteJson.TryGetNumber(margin["t"], out var top) ? Math.Max(0, top - oneLine) : 0;
        margin["t"] = RoomFor(lines, fontSize) + keptUnderTitle;
    }

    /// <summary>
    /// Keeps <paramref name="pixels"/> between a one-line title and the plot for something the chart draws there (a note
    /// over the plot); <see cref="Apply"/> then pushes it down a line for each further line of a wrapped title.
    /// </summary>
    public static void KeepUnderTitle(JsonObject layout, int pixels)
    {
        var fontSize = FontSize(layout["title"]);
        var margin = layout["margin"] as JsonObject ?? new JsonObject();
        layout["margin"] = margin;
        var needed = RoomFor(1, fontSize) + pixels;
        if (!FiniteJson.TryGetNumber(margin["t"], out var top) || top < needed) margin["t"] = needed;
    }

    private static double FontSize(JsonNode? title) =>
        FiniteJson.TryGetNumber(title?["font"]?["size"], out var size) && size > 0 ? size : DefaultFontSize;

    /// <summary>The top margin a title of this many lines needs by itself: the mode bar's band, the lines, and some air under them.</summary>
    private static int RoomFor(int lines, double fontSize) =>
        BarBand + (int)Math.Ceiling(lines * Math.Max(LineHeight, 1.35 * fontSize)) + 8;

    /// <summary>The text with "&lt;br&gt;" between words wherever a line would pass <paramref name="most"/> characters (markup counts as nothing).</summary>
    internal static string Wrapped(string text, double most)
    {
        var lines = new List<string>();
        foreach (var given in text.Split("<br>", StringSplitOptions.None))
        {
            var line = "";
            foreach (var word in given.Split(' '))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && Visible(candidate) > most)
                {
                    lines.Add(line);
                    line = word;
                }
                else line = candidate;
            }
            lines.Add(line);
        }
        return string.Join("<br>", lines);
    }

    private static int Visible(string text) => PlotText.Tag().Replace(text, "").Length;
}
