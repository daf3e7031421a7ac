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
    public void Html_is_a_div_of_explicit_height_and_a_script_that_waits_for_plotly_without_a_time_limit()
    {
        var plot = Plot.FromFigureJson("""{"data":[{"type":"scatter","x":[1],"y":[2]}],"frames":[{"name":"0","data":[{"x":[1]}]}]}""");

        var html = plot.ToHtml();

        Assert.StartsWith($"<div id=\"{plot.ElementId}\" class=\"downhill-plot\" style=\"height:450px\">", html);
        Assert.Contains("window.Plotly", html);
        Assert.DoesNotContain("setTimeout", html); // no give-up timer
        Assert.Contains("Plotly.newPlot(el, figure.data, figure.layout, figure.config)", html);
        Assert.Contains("if (figure.frames && figure.frames.length) return Plotly.addFrames", html);
        Assert.Contains("(function (define, module, exports)", html); // plotly.js sets window.Plotly even under require.js
        Assert.DoesNotContain("\n//", html); // the script's comments stay in the source file
        Assert.EndsWith("</script>", html.TrimEnd());
        Assert.Contains("style=\"height:560px\"", Plot.FromFigureJson("""{"data":[],"layout":{"height":560}}""").ToHtml());
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
    public void Html_is_the_same_for_the_same_figure_and_differs_for_another()
    {
        const string figure = """{"data":[{"type":"scatter","x":[1,2],"y":[3,4]}],"layout":{"title":"Same"}}""";
        var first = Plot.FromFigureJson(figure);
        var second = Plot.FromFigureJson(figure);
        var other = Plot.FromFigureJson(figure.Replace("[3,4]", "[3,5]"));

        Assert.Equal(first.ToHtml(), second.ToHtml());
        Assert.Equal(first.ElementId, second.ElementId);
        Assert.NotEqual(first.ElementId, other.ElementId);
    }

    [Fact]
    public void The_element_id_is_a_pure_hash_of_the_figure_so_it_is_the_same_in_every_process()
    {
        var plot = Plots.Line([1.0, 2.0], [3.0, 4.0], title: "Same everywhere");

        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(plot.ToJson()));

        Assert.Equal("downhill-plot-" + Convert.ToHexString(hash, 0, 6).ToLowerInvariant(), plot.ElementId);
        Assert.Equal(Plots.Line([1.0, 2.0], [3.0, 4.0], title: "Same everywhere").ToHtml(), plot.ToHtml());
    }

    [Fact]
    public void Html_cannot_be_broken_out_of_by_a_title_containing_a_closing_script_tag()
    {
        var plot = Plot.FromFigureJson("""{"data":[],"layout":{"title":"</script><b>x</b>"}}""");

        var html = plot.ToHtml();

        Assert.Equal(1, html.Split("</script>").Length - 1);
    }

    [Fact]
    public void Malformed_figure_json_fails_with_a_clear_sentence()
    {
        var notJson = Assert.Throws<ArgumentException>(() => Plot.FromFigureJson("{data:"));
        Assert.StartsWith("The figure is not valid JSON", notJson.Message);
        var noData = Assert.Throws<ArgumentException>(() => Plot.FromFigureJson("""{"layout":{}}"""));
        Assert.StartsWith("A Plotly figure must be a JSON object with a \"data\" array", noData.Message);
    }

    [Fact]
    public void The_carrier_holds_plotly_js_gzipped_in_base64_in_a_block_no_browser_runs()
    {
        var html = PlotlyCarrier.Html;
        var match = System.Text.RegularExpressions.Regex.Match(html, "^<script type=\"application/x-downhill-plotly\"[^>]*>([A-Za-z0-9+/=]+)</script>$");

        Assert.True(match.Success, "one data block whose body is base64");
        using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(Convert.FromBase64String(match.Groups[1].Value)), System.IO.Compression.CompressionMode.Decompress);
        Assert.Equal(PlotlyScript.Source, new StreamReader(gzip).ReadToEnd());
        Assert.InRange(html.Length, 1_000_000, PlotlyScript.Source.Length / 2); // well under half of plotly.js itself
    }

    [Fact]
    public void PlotlyScript_is_the_real_embedded_plotly_js()
    {
        Assert.Equal("2.28.0", PlotlyScript.Version);
        Assert.Contains("2.28.0", PlotlyScript.Source);
        Assert.Contains("newPlot", PlotlyScript.Source);
        Assert.True(PlotlyScript.Source.Length > 1_000_000, "plotly.js minified is several megabytes");
        Assert.Same(PlotlyScript.Source, PlotlyScript.Source);
    }
}
