using System.Text.Json.Nodes;

namespace Downhill;

/// <summary>
/// Keeps a chart's title clear of plotly's mode bar (the zoom, pan and download buttons at the figure's top right): the
/// title goes on its own band under the bar, and the top margin grows to hold it. A long title ran under the bar before
/// ("… vs Adam with α =" and the rest hidden behind the buttons).
/// </summary>
internal static class TitleRoom
{
    /// <summary>The mode bar's band at the top of the figure, in pixels (its buttons are about 28 px tall).</summary>
    public const int BarBand = 32;

    /// <summary>The height of one line of title text, in pixels, with some air.</summary>
    private const int LineHeight = 24;

    /// <summary>Moves the title of a layout that states its height under the mode bar's band; a layout without either is left alone.</summary>
    public static void Apply(JsonObject layout)
    {
        if (layout["title"] is not JsonObject title || string.IsNullOrWhiteSpace(title["text"]?.GetValue<string>())) return;
        if (!FiniteJson.TryGetNumber(layout["height"], out var height) || height <= 0) return;
        var lines = title["text"]!.GetValue<string>().Split("<br>", StringSplitOptions.None).Length;
        title["yref"] = "container";
        title["yanchor"] = "top";
        title["y"] = 1 - BarBand / height;
        var margin = layout["margin"] as JsonObject ?? new JsonObject();
        layout["margin"] = margin;
        var needed = BarBand + lines * LineHeight + 6;
        if (!FiniteJson.TryGetNumber(margin["t"], out var top) || top < needed) margin["t"] = needed;
    }
}
