using System.Globalization;
using System.Text.Json.Nodes;

namespace Downhill;

// The controls every animated chart and explorer shares: plotly.js's own Play/Pause buttons and sliders whose
// steps call "animate" on named frames, so the figure works wherever plotly.js draws it, with no script of ours.
public static partial class Plots
{
    /// <summary>
    /// The options of plotly's "animate" method. <paramref name="redraw"/> false moves scatter points without a
    /// full redraw (smooth, enough when only x/y change); true redraws, which text readouts and contours need.
    /// </summary>
    private static JsonObject AnimateArgs(int frameMilliseconds, bool redraw = false) => new()
    {
        ["mode"] = "immediate",
        ["frame"] = new JsonObject { ["duration"] = frameMilliseconds, ["redraw"] = redraw },
        ["transition"] = new JsonObject { ["duration"] = 0 },
    };

    /// <summary>
    /// Play and Pause buttons. Play animates <paramref name="playFrames"/>: null for every frame in order, or a
    /// frame group's name (a string) or a list of frame names.
    /// </summary>
    private static JsonObject PlayPause(JsonNode? playFrames, double y = -0.18, bool redraw = false, int frameMilliseconds = 120) => new()
    {
        ["type"] = "buttons",
        ["direction"] = "left",
        ["showactive"] = false,
        ["x"] = 0,
        ["y"] = y,
        ["xanchor"] = "left",
        ["yanchor"] = "top",
        ["pad"] = new JsonObject { ["r"] = 10, ["t"] = 10 },
        ["buttons"] = new JsonArray
        {
            new JsonObject { ["label"] = "▶ Play", ["method"] = "animate", ["args"] = new JsonArray { playFrames, AnimateArgs(frameMilliseconds, redraw) } },
            // args[0] [null]: stop wherever the animation is.
            new JsonObject { ["label"] = "❚❚ Pause", ["method"] = "animate", ["args"] = new JsonArray { new JsonArray { null }, AnimateArgs(0, redraw) } },
        },
    };

    /// <summary>
    /// A step slider: step k animates to the frame named <paramref name="frameNames"/>[k] and is labelled k.
    /// plotly.js moves the slider along by itself while Play runs through those frames.
    /// </summary>
    private static JsonObject StepSlider(IReadOnlyList<string> frameNames, int active, double y = -0.12, bool redraw = false, bool visible = true)
    {
        var steps = new JsonArray();
        for (var k = 0; k < frameNames.Count; k++) steps.Add(AnimateStep(FrameName(k), FiniteJson.Strings([frameNames[k]]), 0, redraw));
        // The current value on the right: on the left the play/pause buttons would cover it.
        return Slider(steps, active, y, "step ", x: 0.18, len: 0.82, valueOnRight: true, visible: visible);
    }

    /// <summary>
    /// A slider over <paramref name="steps"/> that opens on step <paramref name="active"/>, naming the current one after
    /// <paramref name="prefix"/>. Hidden sliders wait for a button or another slider to show them (one per choice in an explorer).
    /// </summary>
    private static JsonObject Slider(JsonArray steps, int active, double y, string prefix, double x = 0, double len = 1,
        bool valueOnRight = false, int? fontSize = null, bool visible = true)
    {
        var slider = new JsonObject
        {
            ["active"] = active,
            ["x"] = x,
            ["len"] = len,
            ["y"] = y,
            ["yanchor"] = "top",
            ["currentvalue"] = new JsonObject { ["prefix"] = prefix, ["visible"] = true, ["xanchor"] = valueOnRight ? "right" : "left" },
            ["pad"] = new JsonObject { ["t"] = 30 },
        };
        if (fontSize is { } size) slider["font"] = new JsonObject { ["size"] = size };
        slider["steps"] = steps;
        if (!visible) slider["visible"] = false;
        return slider;
    }

    /// <summary>A slider step that plays <paramref name="frames"/> (frame names) one after another.</summary>
    private static JsonObject AnimateStep(string label, JsonArray frames, int frameMilliseconds, bool redraw) => new()
    {
        ["label"] = label,
        ["method"] = "animate",
        ["args"] = new JsonArray { frames, AnimateArgs(frameMilliseconds, redraw) },
    };

    /// <summary>
    /// An explorer's choice (a slider step or a button): plotly gives it one method, so it "update"s — restyles the
    /// <paramref name="moving"/> traces with <paramref name="restyle"/> and changes the layout by <paramref name="relayout"/>.
    /// </summary>
    private static JsonObject Choice(string label, JsonObject restyle, JsonObject relayout, int[] moving) => new()
    {
        ["label"] = label,
        ["method"] = "update",
        ["args"] = new JsonArray { restyle, relayout, new JsonArray(moving.Select(m => (JsonNode)m).ToArray()) },
    };

    /// <summary>The layout change that shows slider <paramref name="shown"/> of <paramref name="count"/> (numbered from
    /// <paramref name="first"/>), hides the rest, and sets it to step <paramref name="active"/>.</summary>
    private static JsonObject ShowOnlySlider(int first, int count, int shown, int active)
    {
        var relayout = new JsonObject();
        for (var j = 0; j < count; j++) relayout[$"sliders[{j + first}].visible"] = j == shown;
        relayout[$"sliders[{shown + first}].active"] = active;
        return relayout;
    }

    /// <summary>plotly's restyle form of a frame's traces: each attribute once, with one value per trace.</summary>
    private static JsonObject Restyle(IEnumerable<JsonObject> traces)
    {
        var list = traces.ToList();
        var restyle = new JsonObject();
        foreach (var key in list[0].Select(p => p.Key))
            // {x: [x of trace 1, x of trace 2, …]}: value i goes to the i-th trace listed.
            restyle[key] = new JsonArray(list.Select(t => t[key]!.DeepClone()).ToArray());
        return restyle;
    }

    private static JsonObject Frame(string name, string group, IEnumerable<JsonObject> traces, int[] indices) => new()
    {
        ["name"] = name,
        ["group"] = group,
        ["data"] = new JsonArray(traces.Select(t => (JsonNode)t).ToArray()),
        ["traces"] = new JsonArray(indices.Select(i => (JsonNode)i).ToArray()),
    };

    private static string FrameName(int step) => step.ToString(CultureInfo.InvariantCulture);

    /// <summary>Adds the traces an explorer's frames move, each with its opening values (see <see cref="Traces.Opened"/>).</summary>
    private static void AddOpening(JsonArray data, JsonObject[] traces, JsonObject[] opening)
    {
        for (var i = 0; i < traces.Length; i++) data.Add(Traces.Opened(traces[i], opening[i]));
    }
}
