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
        for (var k = 0; k < frameNames.Count; k++)
            steps.Add(new JsonObject
            {
                ["label"] = FrameName(k),
                ["method"] = "animate",
                ["args"] = new JsonArray { new JsonArray { frameNames[k] }, AnimateArgs(0, redraw) },
            });
        var slider = new JsonObject
        {
            ["active"] = active,
            ["x"] = 0.18,
            ["len"] = 0.82,
            ["y"] = y,
            ["yanchor"] = "top",
            // On the right: on the left the play/pause buttons would cover it.
            ["currentvalue"] = new JsonObject { ["prefix"] = "step ", ["visible"] = true, ["xanchor"] = "right" },
            ["pad"] = new JsonObject { ["t"] = 30 },
            ["steps"] = steps,
        };
        // Hidden sliders wait for a button or another slider to show them (one per choice in an explorer).
        if (!visible) slider["visible"] = false;
        return slider;
    }
}
