using Downhill.Notebooks.Formatting;

namespace Downhill.Notebooks.Tests.Formatting;

public sealed class OutputFormatterTests
{
    private sealed record Step(int Number, double Loss);

    private static Plot SmallPlot(string title) =>
        Plot.FromFigureJson("{\"data\":[{\"type\":\"scatter\",\"y\":[3,2,1]}],\"layout\":{\"title\":{\"text\":\"" + title + "\"}}}");

    [Fact]
    public void Null_is_shown_as_null()
    {
        var bundle = new OutputFormatter().Format(null);
        Assert.Equal("null", bundle.Text);
        Assert.Null(bundle.HtmlText);
    }

    [Fact]
    public void Strings_are_plain_text_only()
    {
        var bundle = new OutputFormatter().Format("<b>not html</b>");
        Assert.Equal("<b>not html</b>", bundle.Text);
        Assert.Single(bundle.Data);
    }

    [Fact]
    public void Other_values_use_ToString()
    {
        var bundle = new OutputFormatter().Format(new Step(3, 0.5));
        Assert.Equal(new Step(3, 0.5).ToString(), bundle.Text);
        Assert.Null(bundle.HtmlText);
    }

    [Fact]
    public void Sequences_of_simple_values_read_as_a_list()
    {
        Assert.Equal("[1, 2, 3]", new OutputFormatter().Format(new[] { 1, 2, 3 }).Text);
        Assert.Equal("[\"a\", \"b\"]", new OutputFormatter().Format(new List<string> { "a", "b" }).Text);
        var long_ = new OutputFormatter().Format(Enumerable.Range(0, 250).ToArray()).Text;
        Assert.EndsWith(", 99, … 150 more]", long_);
    }

    [Fact]
    public void Sequences_of_records_become_an_html_table_and_a_text_table()
    {
        var bundle = new OutputFormatter().Format(new List<Step> { new(1, 0.5), new(2, 0.25) });
        Assert.Equal(
            "<table class=\"downhill-table\"><thead><tr><th>Number</th><th>Loss</th></tr></thead><tbody>" +
            "<tr><td>1</td><td>0.5</td></tr><tr><td>2</td><td>0.25</td></tr></tbody></table>",
            bundle.HtmlText);
        Assert.Equal("Number | Loss\n-------+-----\n1      | 0.5\n2      | 0.25", bundle.Text);
    }

    [Fact]
    public void Tables_stop_at_a_hundred_rows_and_say_how_many_more()
    {
        var rows = Enumerable.Range(1, 250).Select(i => new Step(i, 1.0 / i));
        var bundle = new OutputFormatter().Format(rows);
        Assert.Equal(100, CountOf(bundle.HtmlText!, "<tr><td>"));
        Assert.EndsWith("<p>… 150 more rows</p>", bundle.HtmlText);
        Assert.EndsWith("… 150 more rows", bundle.Text);
    }

    [Fact]
    public void Anonymous_objects_tuples_and_dictionaries_become_tables()
    {
        var formatter = new OutputFormatter();
        Assert.Contains("<th>Alpha</th><th>Steps</th>", formatter.Format(new[] { new { Alpha = 0.1, Steps = 10 } }).HtmlText);
        Assert.Contains("<th>Item1</th><th>Item2</th>", formatter.Format(new[] { (1, "a") }).HtmlText);
        Assert.Contains("<th>Key</th><th>Value</th>", formatter.Format(new Dictionary<string, int> { ["a"] = 1 }).HtmlText);
    }

    [Fact]
    public void Table_cells_are_html_encoded()
    {
        var bundle = new OutputFormatter().Format(new[] { new { Name = "<script>" } });
        Assert.Contains("<td>&lt;script&gt;</td>", bundle.HtmlText);
    }

    [Fact]
    public void Html_values_are_shown_as_html_with_text_beside()
    {
        var bundle = new OutputFormatter().Format(new HtmlString("<i>x</i>"));
        Assert.Equal("<i>x</i>", bundle.HtmlText);
        Assert.Equal("<i>x</i>", bundle.Text);
    }

    private sealed class HasToHtml
    {
        public string ToHtml() => "<em>rich</em>";

        public override string ToString() => "plain";
    }

    [Fact]
    public void Anything_with_a_ToHtml_method_is_shown_as_html()
    {
        var bundle = new OutputFormatter().Format(new HasToHtml());
        Assert.Equal("<em>rich</em>", bundle.HtmlText);
        Assert.Equal("plain", bundle.Text);
    }

    [Fact]
    public void A_chart_is_html_and_only_the_first_carries_plotly_js()
    {
        var formatter = new OutputFormatter();
        var first = formatter.Format(SmallPlot("First"));
        var second = formatter.Format(SmallPlot("Second"));

        Assert.Equal(1, CountOf(first.HtmlText!, $"<script type=\"{PlotlyCarrier.ScriptType}\""));
        Assert.Contains(PlotHtml.Render(SmallPlot("First")), first.HtmlText);
        Assert.True(first.HtmlText!.Length > 1_000_000, "the first chart carries plotly.js itself");
        Assert.DoesNotContain(OutputFormatter.PlotlyScriptMarker, second.HtmlText);
        Assert.Equal(PlotHtml.Render(SmallPlot("Second")), second.HtmlText);
        Assert.Equal("Plot: Second (1 trace)", second.Text);
    }

    [Fact]
    public void Each_formatter_sends_plotly_js_once_on_its_own()
    {
        Assert.Contains("data-downhill=\"plotly.js\"", new OutputFormatter().Format(SmallPlot("A")).HtmlText);
        Assert.Contains("data-downhill=\"plotly.js\"", new OutputFormatter().Format(SmallPlot("A")).HtmlText);
    }

    [Fact]
    public void The_plotly_js_block_is_base64_so_nothing_in_it_can_end_it_early()
    {
        var html = new OutputFormatter().Format(SmallPlot("A")).HtmlText!;
        var start = html.IndexOf('>', html.IndexOf(PlotlyCarrier.ScriptType, StringComparison.Ordinal)) + 1;
        var end = html.IndexOf("</script", start, StringComparison.OrdinalIgnoreCase);
        var body = html[start..end];
        Assert.True(body.Length > 1_000_000, "the block holds all of plotly.js");
        Assert.Matches("^[A-Za-z0-9+/]+=*$", body);
    }

    [Fact]
    public void A_chart_is_one_bundle_of_the_plotly_figure_its_html_and_a_line_of_text()
    {
        var plot = Plot.FromFigureJson("""{"data":[{"type":"scatter","y":[3,2,1],"name":"α = 0.1"}],"layout":{"title":{"text":"Loss"}}}""");

        var bundle = new OutputFormatter().Format(plot);

        Assert.Equal(["application/vnd.plotly.v1+json", "text/html", "text/plain"], bundle.Data.Keys.Order(StringComparer.Ordinal));
        var figure = System.Text.Json.Nodes.JsonNode.Parse(bundle.Data["application/vnd.plotly.v1+json"])!.AsObject();
        Assert.Equal(["config", "data", "frames", "layout"], figure.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Empty(figure["frames"]!.AsArray()); // VS Code's renderer would put {} in a missing "frames"
        Assert.Equal("Plot: Loss — α = 0.1 (1 trace)", bundle.Text);
        var data = bundle.ToJson();
        Assert.IsType<System.Text.Json.Nodes.JsonObject>(data["application/vnd.plotly.v1+json"]); // an object on the wire, not a string
        Assert.Equal(System.Text.Json.JsonValueKind.String, data["text/html"]!.GetValueKind());
    }

    [Fact]
    public void After_CarryPlotlyAgain_the_next_chart_carries_plotly_js_again()
    {
        var formatter = new OutputFormatter();
        formatter.Format(SmallPlot("First"));
        var carrier = $"<script type=\"{PlotlyCarrier.ScriptType}\"";
        Assert.DoesNotContain(carrier, formatter.Format(SmallPlot("Second")).HtmlText);

        formatter.CarryPlotlyAgain();

        Assert.Contains(carrier, formatter.Format(SmallPlot("Third")).HtmlText);
        Assert.DoesNotContain(carrier, formatter.Format(SmallPlot("Fourth")).HtmlText);
    }

    [Fact]
    public void A_plotly_net_chart_is_drawn_through_the_kits_plot()
    {
        var trace = new Plotly.NET.Trace("scatter");
        trace.SetProperty("y", new[] { 3, 2, 1 });
        var chart = Plotly.NET.GenericChart.ofTraceObject(true, trace);
        var formatter = new OutputFormatter();
        formatter.Format(SmallPlot("warm")); // plotly.js already sent
        var bundle = formatter.Format(chart);
        Assert.Equal(PlotHtml.Render(Plot.FromPlotly(chart)), bundle.HtmlText);
        Assert.StartsWith("Plot", bundle.Text);
    }

    private sealed class BrokenToString
    {
        public override string ToString() => throw new InvalidOperationException("nope");
    }

    [Fact]
    public void A_value_whose_ToString_throws_is_still_shown()
    {
        Assert.Equal("(BrokenToString.ToString() failed: nope)", new OutputFormatter().Format(new BrokenToString()).Text);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
