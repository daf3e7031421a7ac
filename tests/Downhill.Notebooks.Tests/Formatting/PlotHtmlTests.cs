using Downhill.Notebooks.Formatting;

namespace Downhill.Notebooks.Tests.Formatting;

/// <summary>A chart's HTML view and the two ways plotly.js travels with it (the carrier block, the embedded script).</summary>
public class PlotHtmlTests
{
    [Fact]
    public void Html_is_a_div_of_explicit_height_and_a_script_that_waits_for_plotly_without_a_time_limit()
    {
        var plot = Plot.FromFigureJson("""{"data":[{"type":"scatter","x":[1],"y":[2]}],"frames":[{"name":"0","data":[{"x":[1]}]}]}""");

        var html = PlotHtml.Render(plot);

        Assert.StartsWith($"<div id=\"{plot.ElementId}\" class=\"downhill-plot\" style=\"height:450px\">", html);
        Assert.Contains("window.Plotly", html);
        Assert.DoesNotContain("setTimeout", html); // no give-up timer
        Assert.Contains("Plotly.newPlot(el, figure.data, figure.layout, figure.config)", html);
        Assert.Contains("if (figure.frames && figure.frames.length) return Plotly.addFrames", html);
        Assert.Contains("(function (define, module, exports)", html); // plotly.js sets window.Plotly even under require.js
        Assert.DoesNotContain("\n//", html); // the script's comments stay in the source file
        Assert.EndsWith("</script>", html.TrimEnd());
        Assert.Contains("style=\"height:560px\"", PlotHtml.Render(Plot.FromFigureJson("""{"data":[],"layout":{"height":560}}""")));
    }

    [Fact]
    public void Html_is_the_same_for_the_same_figure_and_differs_for_another()
    {
        const string figure = """{"data":[{"type":"scatter","x":[1,2],"y":[3,4]}],"layout":{"title":"Same"}}""";
        var first = Plot.FromFigureJson(figure);
        var second = Plot.FromFigureJson(figure);
        var other = Plot.FromFigureJson(figure.Replace("[3,4]", "[3,5]"));

        Assert.Equal(PlotHtml.Render(first), PlotHtml.Render(second));
        Assert.Equal(first.ElementId, second.ElementId);
        Assert.NotEqual(first.ElementId, other.ElementId);
    }

    [Fact]
    public void Html_cannot_be_broken_out_of_by_a_title_containing_a_closing_script_tag()
    {
        var plot = Plot.FromFigureJson("""{"data":[],"layout":{"title":"</script><b>x</b>"}}""");

        var html = PlotHtml.Render(plot);

        Assert.Equal(1, html.Split("</script>").Length - 1);
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
