using System.Text.Json.Nodes;

namespace Downhill;

/// <summary>
/// The look every Downhill chart shares: a white template, readable fonts and a size that fits a
/// notebook cell (720×480 unless a chart needs more). Each call builds fresh objects, so no chart
/// can change another's layout (the Plotly.NET pitfall of a shared, mutated layout).
/// </summary>
internal static class Style
{
    public const int Width = 720;
    public const int Height = 480;

    /// <summary>A layout with title, size, white template and the given axes.</summary>
    public static JsonObject Layout(string title, JsonObject? xAxis = null, JsonObject? yAxis = null, int width = Width, int height = Height)
    {
        var layout = new JsonObject
        {
            ["title"] = new JsonObject { ["text"] = title, ["x"] = 0.05, ["xanchor"] = "left" },
            ["width"] = width,
            ["height"] = height,
            ["margin"] = new JsonObject { ["l"] = 70, ["r"] = 30, ["t"] = 60, ["b"] = 60 },
            ["template"] = Template(),
            ["legend"] = new JsonObject { ["bgcolor"] = "rgba(255,255,255,0.7)" },
            ["hovermode"] = "closest",
        };
        if (xAxis is not null) layout["xaxis"] = xAxis;
        if (yAxis is not null) layout["yaxis"] = yAxis;
        return layout;
    }

    /// <summary>The text a caller gave, or the chart's own when it gave none (null or blank).</summary>
    public static string OrDefault(string? text, string fallback) => string.IsNullOrWhiteSpace(text) ? fallback : text;

    /// <summary>An axis with a title; log scale when asked; a fixed range when given.</summary>
    public static JsonObject Axis(string title, bool log = false, (double Min, double Max)? range = null)
    {
        var axis = new JsonObject
        {
            ["title"] = new JsonObject { ["text"] = title },
            ["type"] = log ? "log" : "linear",
        };
        // Powers of ten on a log axis ("10⁻⁶"), not SI prefixes: "1µ" reads as a unit, "10B" as billions of something.
        if (log) axis["exponentformat"] = "power";
        if (range is { } r)
        {
            // plotly.js takes a log axis's range as powers of ten.
            axis["range"] = log
                ? FiniteJson.Numbers([Math.Log10(r.Min), Math.Log10(r.Max)])
                : FiniteJson.Numbers([r.Min, r.Max]);
            axis["autorange"] = false;
        }
        return axis;
    }

    /// <summary>
    /// One unit on the y axis as long as one unit on the x axis, so a round bowl draws round and a gradient arrow
    /// meets its contour line at a right angle. Only when the two ranges are within a factor of
    /// <see cref="MostUnequalRanges"/>: a far longer map would shrink to a sliver; such a chart says its axes are not to scale.
    /// Returns whether the scales are equal.
    /// </summary>
    public static bool EqualScales(JsonObject layout, (double Min, double Max) x, (double Min, double Max) y)
    {
        var ratio = (x.Max - x.Min) / (y.Max - y.Min);
        if (!double.IsFinite(ratio) || ratio > MostUnequalRanges || ratio < 1 / MostUnequalRanges) return false;
        layout["yaxis"]!["scaleanchor"] = "x";
        layout["yaxis"]!["scaleratio"] = 1;
        layout["xaxis"]!["constrain"] = "domain";
        layout["yaxis"]!["constrain"] = "domain";
        return true;
    }

    /// <summary>How much longer one axis's range may be than the other's for <see cref="EqualScales"/>.</summary>
    public const double MostUnequalRanges = 4;

    /// <summary>plotly's "simple white" look, written out so the JSON does not depend on plotly.js's built-in templates.</summary>
    private static JsonObject Template()
    {
        static JsonObject AxisLook() => new()
        {
            ["showgrid"] = true,
            ["gridcolor"] = "#ebebeb",
            ["zeroline"] = false,
            ["showline"] = true,
            ["linecolor"] = "#444",
            ["ticks"] = "outside",
            ["tickcolor"] = "#444",
            ["automargin"] = true,
        };
        return new JsonObject
        {
            ["layout"] = new JsonObject
            {
                ["font"] = new JsonObject { ["family"] = "Segoe UI, Helvetica, Arial, sans-serif", ["size"] = 13, ["color"] = "#222" },
                ["paper_bgcolor"] = "white",
                ["plot_bgcolor"] = "white",
                ["xaxis"] = AxisLook(),
                ["yaxis"] = AxisLook(),
                ["colorway"] = FiniteJson.Strings(ChartColors.Palette),
            },
        };
    }
}
