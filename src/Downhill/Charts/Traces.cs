using System.Text.Json.Nodes;

namespace Downhill;

/// <summary>Small builders for the trace and annotation objects the charts share.</summary>
internal static class Traces
{
    public static JsonObject Scatter(string name, IEnumerable<double> x, IEnumerable<double> y, string mode, string? color = null, double width = 2.5)
    {
        var trace = new JsonObject
        {
            ["type"] = "scatter",
            ["name"] = name,
            ["mode"] = mode,
            ["x"] = FiniteJson.Numbers(x),
            ["y"] = FiniteJson.Numbers(y),
        };
        if (color is not null)
        {
            trace["line"] = new JsonObject { ["color"] = color, ["width"] = width };
            trace["marker"] = new JsonObject { ["color"] = color, ["size"] = 6 };
        }
        return trace;
    }

    /// <summary>The ball: a large dot with a dark rim, at (x, y) or, for an explorer whose frames move it, nowhere yet.</summary>
    public static JsonObject Ball(string name, IEnumerable<double>? x = null, IEnumerable<double>? y = null, string color = ChartColors.Ball, int size = 16)
    {
        var ball = Scatter(name, x ?? [], y ?? [], "markers", color);
        ball["marker"]!["size"] = size;
        ball["marker"]!["line"] = new JsonObject { ["color"] = "#222", ["width"] = 1.5 };
        return ball;
    }

    /// <summary>A 1-D landscape drawn at <paramref name="xs"/>, named by its formula in <paramref name="variable"/> when it has one.</summary>
    public static JsonObject Curve(Landscape curve, double[] xs, string variable) =>
        Scatter(curve.Formula.Length > 0 ? $"Q({variable}) = {curve.Formula}" : curve.Name, xs, xs.Select(curve.Value), "lines", ChartColors.Curve, 2);

    /// <summary>A trace that frames move, given its opening <paramref name="values"/> (x, y, text) and kept out of the legend.</summary>
    public static JsonObject Opened(JsonObject trace, JsonObject values)
    {
        foreach (var (key, value) in values) trace[key] = value?.DeepClone();
        trace["showlegend"] = false;
        return trace;
    }

    /// <summary>
    /// The x, y and text a frame gives a trace. <paramref name="rounded"/>: coordinates to 5 significant digits, as many as
    /// a drawing can show, which keeps an explorer's many frames small.
    /// </summary>
    public static JsonObject Points(IEnumerable<double> x, IEnumerable<double> y, string text = "", bool rounded = false) => new()
    {
        ["x"] = FiniteJson.Numbers(rounded ? x.Select(v => FiniteJson.Rounded(v, 5)) : x),
        ["y"] = FiniteJson.Numbers(rounded ? y.Select(v => FiniteJson.Rounded(v, 5)) : y),
        ["text"] = text,
    };

    /// <summary>
    /// The blow-up mark: a ✕ at the last finite point of a run and a note "✕ diverged at step k".
    /// The note is an annotation in axis coordinates, so a grid can move it with its panel; (x, y) is in axis units (y the
    /// loss itself on a log axis). The note goes on the side of the mark with more room in <paramref name="xView"/>, left without one.
    /// </summary>
    public static (JsonObject Marker, JsonObject Note) Divergence(string runName, double x, double y, string text, bool logY = false, (double Min, double Max)? xView = null)
    {
        var marker = new JsonObject
        {
            ["type"] = "scatter",
            ["name"] = $"{runName}: {text}",
            ["mode"] = "markers",
            ["x"] = FiniteJson.Numbers([x]),
            ["y"] = FiniteJson.Numbers([y]),
            ["marker"] = new JsonObject
            {
                ["symbol"] = "x",
                ["size"] = 14,
                ["color"] = ChartColors.Diverged,
                ["line"] = new JsonObject { ["width"] = 1, ["color"] = ChartColors.Diverged },
            },
            ["showlegend"] = false,
            ["hovertext"] = $"{runName}: {text}",
            ["hoverinfo"] = "text",
        };
        // On a log axis plotly.js places annotations in powers of ten; a loss of 0 has no place there.
        var note = logY && y <= 0
            ? CornerNote(text)
            : Note(text, x, logY ? Math.Log10(y) : y, ChartColors.Diverged, textOnLeft: xView is not { } v || x > (v.Min + v.Max) / 2);
        return (marker, note);
    }

    /// <summary>A short note with an arrow pointing at (x, y) in axis coordinates, its text ending (or starting) beside the arrow's tail.</summary>
    public static JsonObject Note(string text, double x, double y, string color, bool textOnLeft = true) => new()
    {
        ["text"] = text,
        ["x"] = FiniteJson.Number(x),
        ["y"] = FiniteJson.Number(y),
        ["xref"] = "x",
        ["yref"] = "y",
        ["showarrow"] = true,
        ["arrowhead"] = 2,
        ["arrowcolor"] = color,
        ["ax"] = textOnLeft ? -30 : 30,
        ["ay"] = -30,
        ["xanchor"] = textOnLeft ? "right" : "left",
        ["font"] = new JsonObject { ["color"] = color, ["size"] = 12 },
        ["bgcolor"] = "rgba(255,255,255,0.85)",
    };

    /// <summary>A line of text in a corner of the plot, in the plot's own (domain) coordinates.</summary>
    public static JsonObject CornerNote(string text) => new()
    {
        ["text"] = text,
        ["x"] = 0.99,
        ["y"] = 0.99,
        ["xref"] = "x domain",
        ["yref"] = "y domain",
        ["xanchor"] = "right",
        ["yanchor"] = "top",
        ["showarrow"] = false,
        ["font"] = new JsonObject { ["size"] = 11, ["color"] = "#555" },
        ["bgcolor"] = "rgba(255,255,255,0.85)",
    };

    /// <summary>A text-only trace for an explorer's readout, its text hanging from its one point (the view's top-left corner).</summary>
    public static JsonObject Readout(string name = "readout") => new()
    {
        ["type"] = "scatter",
        ["name"] = name,
        ["mode"] = "text",
        ["textposition"] = "bottom right",
        ["textfont"] = new JsonObject { ["family"] = "Consolas, Menlo, monospace", ["size"] = 12, ["color"] = "#222" },
        ["hoverinfo"] = "skip",
        ["cliponaxis"] = false,
    };
}
