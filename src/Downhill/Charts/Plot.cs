using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Downhill;

/// <summary>
/// One Plotly figure — its data traces, layout, animation frames and config — held as JSON.
/// This is what every chart in <see cref="Plots"/> returns and what notebooks and pages display (how a front end
/// gets plotly.js to draw it is the notebook host's business, not the figure's); <see cref="ToString"/> is its plain text.
/// A plot never holds NaN or Infinity: non-finite numbers become gaps (JSON null).
/// </summary>
public sealed class Plot
{
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };

    private readonly JsonArray data;
    private readonly JsonObject layout;
    private readonly JsonArray frames;
    private readonly JsonObject config;
    private readonly string json;
    private readonly string figureJson;

    internal Plot(JsonArray data, JsonObject layout, JsonArray? frames = null, JsonObject? config = null)
    {
        this.data = (JsonArray)FiniteJson.Sanitize(data)!;
        this.layout = (JsonObject)FiniteJson.Sanitize(layout)!;
        Title = ReadTitle(this.layout); // as given: the line breaks TitleRoom adds are for drawing only
        TitleRoom.Apply(this.layout);
        this.frames = (JsonArray)FiniteJson.Sanitize(frames ?? new JsonArray())!;
        this.config = (JsonObject)FiniteJson.Sanitize(config ?? DefaultConfig())!;
        // Each part is written once and the two spellings are put together from the same pieces: an explorer's
        // frames run to a megabyte, and copying the tree for each spelling cost more than computing the runs.
        var dataJson = this.data.ToJsonString(Compact);
        var layoutJson = this.layout.ToJsonString(Compact);
        var framesJson = this.frames.ToJsonString(Compact);
        var configJson = this.config.ToJsonString(Compact);
        // The default encoder escapes <, > and & so the JSON can sit inside a <script> element safely.
        json = "{\"data\":" + dataJson + ",\"layout\":" + layoutJson +
               (this.frames.Count > 0 ? ",\"frames\":" + framesJson : "") + ",\"config\":" + configJson + "}";
        figureJson = "{\"data\":" + dataJson + ",\"layout\":" + layoutJson + ",\"config\":" + configJson + ",\"frames\":" + framesJson + "}";
        // A content hash, not a counter: the same figure gets the same id in every process and on every run.
        ElementId = "downhill-plot-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)), 0, 6).ToLowerInvariant();
    }

    /// <summary>The chart's title ("" when it has none).</summary>
    public string Title { get; }

    /// <summary>How many animation frames the figure carries (0 for a still chart).</summary>
    public int FrameCount => frames.Count;

    /// <summary>The figure as JSON: <c>{"data":[…],"layout":{…},"frames":[…],"config":{…}}</c> ("frames" only when animated).</summary>
    public string ToJson() => json;

    /// <summary>
    /// The figure as Plotly's MIME type <c>application/vnd.plotly.v1+json</c> holds it: always all four of
    /// "data", "layout", "config" and "frames" (empty for a still chart). VS Code's Jupyter renderers draw it with
    /// <c>Plotly.newPlot(div, figure)</c>, and fill a missing "frames" with an object, which plotly.js refuses.
    /// </summary>
    public string ToFigureJson() => figureJson;

    /// <summary>The height the layout asks for, in pixels, or null when it leaves it to plotly.js.</summary>
    /// <remarks>The number may have been written as an int or a double; either is read (an int once went unread, and the
    /// page's div stayed at the default height, hiding an explorer's sliders below it).</remarks>
    public int? Height => FiniteJson.TryGetNumber(layout["height"], out var value) && value > 0 ? (int)Math.Round(value) : null;

    /// <summary>
    /// What the chart shows, in one line for a terminal, a diff or a screen reader: its title, the names of its
    /// series, its notes (e.g. where a run diverged) and its size, e.g.
    /// "Plot: Loss curves — α = 0.1, α = 0.5; ✕ diverged at step 12 (2 traces)".
    /// </summary>
    public override string ToString() => PlotText.Describe(Title, data, layout, FrameCount);

    /// <summary>The id of the HTML element that shows the chart, derived from the figure's content so it is the same on every run.</summary>
    public string ElementId { get; }

    /// <summary>Wraps a chart built with core Plotly.NET (its data, layout and config) as a <see cref="Plot"/>.</summary>
    public static Plot FromPlotly(Plotly.NET.GenericChart chart)
    {
        Guard.NotNull(chart, "the chart");
        // The same figure as Plotly.NET's GenericChart.toJson, written without its slow Newtonsoft path (see PlotlyNetJson).
        return new Plot(PlotlyNetJson.Data(chart), PlotlyNetJson.Layout(chart), config: PlotlyNetJson.Config(chart));
    }

    /// <summary>
    /// Reads a Plotly figure written as JSON (an object with "data" and optionally "layout", "frames", "config").
    /// Non-finite numbers, and the strings "NaN"/"Infinity" standing for them, become gaps.
    /// </summary>
    public static Plot FromFigureJson(string figureJson)
    {
        Guard.NotNull(figureJson, "the figure JSON");
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(figureJson, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"The figure is not valid JSON: {e.Message}", e);
        }
        if (node is not JsonObject figure || figure["data"] is not JsonArray figureData)
            throw new ArgumentException("A Plotly figure must be a JSON object with a \"data\" array of traces.");
        return new Plot(
            (JsonArray)figureData.DeepClone(),
            figure["layout"] is JsonObject l ? (JsonObject)l.DeepClone() : new JsonObject(),
            figure["frames"] is JsonArray f ? (JsonArray)f.DeepClone() : null,
            figure["config"] is JsonObject c ? (JsonObject)c.DeepClone() : null);
    }

    /// <summary>Copies of the parts, for charts that compose other charts (e.g. a grid).</summary>
    internal JsonArray CopyData() => (JsonArray)data.DeepClone();

    internal JsonObject CopyLayout() => (JsonObject)layout.DeepClone();

    private static JsonObject DefaultConfig() => new()
    {
        ["responsive"] = true,
        ["displaylogo"] = false,
    };

    private static string ReadTitle(JsonObject layout) => layout["title"] switch
    {
        JsonObject title when title["text"] is JsonValue text && text.TryGetValue<string>(out var s) => s,
        JsonValue plain when plain.TryGetValue<string>(out var s) => s,
        _ => "",
    };
}
