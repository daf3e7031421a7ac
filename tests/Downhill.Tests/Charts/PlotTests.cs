namespace Downhill.Tests.Charts;

public class PlotTests
{
    private static Plotly.NET.GenericChart ScatterWithNonFiniteValues()
    {
        var trace = new Plotly.NET.Trace("scatter");
        trace.SetProperty("x", new[] { 1.0, double.NaN, 3.0, 4.0 });
        trace.SetProperty("y", new[] { 1.0, 2.0, double.PositiveInfinity, double.NegativeInfinity });
        return Plotly.NET.GenericChart.ofTraceObject(true, trace);
    }

    [Fact]
    public void A_Plotly_NET_chart_with_NaN_and_Infinity_becomes_JSON_with_gaps()
    {
        var plot = Plot.FromPlotly(ScatterWithNonFiniteValues());

        var figure = FigureJson.Parse(plot.ToJson());
        var x = figure.GetProperty("data")[0].GetProperty("x");
        var y = figure.GetProperty("data")[0].GetProperty("y");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, x[1].ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, y[2].ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, y[3].ValueKind);
        Assert.Equal(3.0, x[2].GetDouble());
        Assert.True(figure.TryGetProperty("layout", out _));
        Assert.True(figure.TryGetProperty("config", out _));
    }

    [Fact]
    public void A_still_figure_has_no_frames_key()
    {
        var plot = Plot.FromFigureJson("""{"data":[{"type":"scatter","x":[1],"y":[2]}],"layout":{"title":{"text":"One point"}}}""");

        Assert.Equal(0, plot.FrameCount);
        Assert.False(FigureJson.Parse(plot.ToJson()).TryGetProperty("frames", out _));
        Assert.Equal("One point", plot.Title);
        Assert.Equal("Plot: One point (1 trace)", plot.ToString());
    }

    [Fact]
    public void The_plotly_mime_figure_always_has_data_layout_config_and_frames()
    {
        var still = System.Text.Json.Nodes.JsonNode.Parse(Plot.FromFigureJson("""{"data":[{"type":"scatter","y":[2]}]}""").ToFigureJson())!.AsObject();

        Assert.Equal(["config", "data", "frames", "layout"], still.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Empty(still["frames"]!.AsArray());
    }

    [Fact]
    public void The_text_says_the_title_the_series_and_the_notes()
    {
        var plot = Plot.FromFigureJson("""
            {"data":[{"type":"scatter","y":[2],"name":"α = 0.1"},{"type":"scatter","y":[3],"name":"α = 0.9"},{"type":"scatter","y":[3],"name":"α = 0.9"}],
             "layout":{"title":{"text":"Loss <b>curves</b>"},"annotations":[{"text":"✕ diverged at step 12"},{"text":""}]}}
            """);

        Assert.Equal("Plot: Loss curves — α = 0.1, α = 0.9; ✕ diverged at step 12 (3 traces)", plot.ToString());
    }

    [Fact]
    public void The_element_id_is_a_pure_hash_of_the_figure_so_it_is_the_same_in_every_process()
    {
        var plot = Plots.Line([1.0, 2.0], [3.0, 4.0], title: "Same everywhere");

        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(plot.ToJson()));

        Assert.Equal("downhill-plot-" + Convert.ToHexString(hash, 0, 6).ToLowerInvariant(), plot.ElementId);
        Assert.Equal(Plots.Line([1.0, 2.0], [3.0, 4.0], title: "Same everywhere").ElementId, plot.ElementId);
    }

    [Fact]
    public void Malformed_figure_json_fails_with_a_clear_sentence()
    {
        var notJson = Assert.Throws<ArgumentException>(() => Plot.FromFigureJson("{data:"));
        Assert.StartsWith("The figure is not valid JSON", notJson.Message);
        var noData = Assert.Throws<ArgumentException>(() => Plot.FromFigureJson("""{"layout":{}}"""));
        Assert.StartsWith("A Plotly figure must be a JSON object with a \"data\" array", noData.Message);
    }
}
