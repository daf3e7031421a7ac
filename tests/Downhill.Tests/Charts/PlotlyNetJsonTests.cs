using System.Text.Json.Nodes;
using Plotly.NET.CSharp;
using GenericChart = Plotly.NET.GenericChart;
using StyleParam = Plotly.NET.StyleParam;
using Color = Plotly.NET.Color;

namespace Downhill.Tests.Charts;

/// <summary>
/// Plot.FromPlotly writes a Plotly.NET chart's figure itself (PlotlyNetJson) instead of calling Plotly.NET's
/// Newtonsoft-based toJson. Each chart here is one a student is likely to build with Plotly.NET's C# API; the plot
/// made the fast way must hold the same figure as the plot made from toJson's text.
/// </summary>
public class PlotlyNetJsonTests
{
    private static readonly double[] Xs = [-2, -1, 0, 0.5, 1, 2.25];
    private static readonly double[] Ys = [4, 1, 0, 0.25, 1, 5.0625];
    private static readonly double[][] Grid = [[1, 2, 3], [2, 4, 6.5], [3, 6, 9.75]];

    public static TheoryData<string> ChartNames => new(Charts.Keys);

    private static readonly Dictionary<string, Func<GenericChart>> Charts = new()
    {
        ["the loss lesson's log-cosh line"] = () =>
            Chart.Line<double, double, string>(x: Xs, y: Ys, Name: "log cosh(e)", ShowLegend: true)
                .WithXAxisStyle<double, double, string>(TitleText: "error e")
                .WithYAxisStyle<double, double, string>(TitleText: "loss"),
        ["points with a keyword colour, a symbol and text"] = () =>
            Chart.Point<double, double, string>(x: Xs, y: Ys, Name: "data", MarkerColor: Color.fromKeyword(Plotly.NET.ColorKeyword.DarkOrange),
                MarkerSymbol: StyleParam.MarkerSymbol.Diamond, MultiText: new[] { "a", "b", "c", "d", "e", "f" }, Opacity: 0.75),
        ["a dashed line with a hex colour and markers"] = () =>
            Chart.Line<double, double, string>(x: Xs, y: Ys, ShowMarkers: true, LineColor: Color.fromHex("#1f77b4"), LineWidth: 3,
                LineDash: StyleParam.DrawingStyle.Dash),
        ["see-through colours (alpha 0 to 255)"] = () =>
            Chart.Point<double, double, string>(x: Xs, y: Ys,
                MarkerColor: Color.fromColors(new[] { 0, 13, 64, 128, 191, 255 }.Select(alpha => Color.fromARGB(alpha, 10, 20, 30)))),
        ["a colour per point"] = () =>
            Chart.Point<double, double, string>(x: Xs, y: Ys,
                MarkerColor: Color.fromColors(Xs.Select(x => x < 0 ? Color.fromString("red") : Color.fromRGB(0, 128, 0)))),
        ["points coloured by value on a colour scale"] = () =>
            Chart.Point<double, double, string>(x: Xs, y: Ys, MarkerColor: Color.fromColorScaleValues(Ys),
                MarkerColorScale: StyleParam.Colorscale.Viridis),
        ["columns with text keys"] = () =>
            Chart.Column<double, string, string>(values: [3, 1.5, 2], Keys: new[] { "squared", "absolute", "Huber" }, Name: "loss"),
        ["a histogram with a bin count"] = () =>
            Chart.Histogram<double, double, string>(X: Ys, NBinsX: 4),
        ["a heatmap with a colour scale"] = () =>
            Chart.Heatmap<double, double, double, string>(zData: Grid, X: new[] { 0.0, 1, 2 }, Y: new[] { 0.0, 1, 2 },
                ColorScale: StyleParam.Colorscale.Cividis, ShowScale: true),
        ["a contour map"] = () =>
            Chart.Contour<double, double, double, string>(zData: Grid, NContours: 5, ShowContoursLabels: true),
        ["a surface"] = () =>
            Chart.Surface<double, double, double, string>(zData: Grid, Name: "bowl"),
        ["a 3-D path"] = () =>
            Chart.Scatter3D<double, double, double, string>(x: Xs, y: Ys, z: Xs, mode: StyleParam.Mode.Lines_Markers),
        ["a box plot"] = () =>
            Chart.BoxPlot<string, double, string>(Y: Ys, BoxPoints: StyleParam.BoxPoints.All),
        ["a pie"] = () =>
            Chart.Pie<double, string, string>(values: [1, 2, 3], Labels: new[] { "a", "b", "c" }),
        ["integer, float and decimal data"] = () =>
            Chart.Combine([
                Chart.Line<int, long, string>(x: [1, 2, 3], y: [10L, 20L, 30L]),
                Chart.Line<float, decimal, string>(x: [0.1f, 0.2f, 0.3f], y: [1.5m, 2.25m, 3m]),
            ]),
        ["dates on the x axis"] = () =>
            Chart.Line<DateTime, double, string>(
                x: [new DateTime(2024, 1, 1), new DateTime(2024, 1, 2, 12, 30, 15), new DateTime(2024, 2, 1, 0, 0, 0, 250, DateTimeKind.Utc)],
                y: [1.0, 2, 3]),
        ["times with an offset, set by hand"] = () => TimesWithAnOffset(),
        ["gaps: NaN and infinities"] = () =>
            Chart.Line<double, double, string>(x: [1, 2, 3, 4], y: [1, double.NaN, double.PositiveInfinity, double.NegativeInfinity]),
        ["two lines combined, with a title, a size and a legend"] = () =>
            Chart.Combine([
                Chart.Line<double, double, string>(x: Xs, y: Ys, Name: "squared"),
                Chart.Line<double, double, string>(x: Xs, y: Xs.Select(Math.Abs), Name: "absolute"),
            ])
            .WithSize(Width: 700, Height: 400)
            .WithLegendStyle(Orientation: StyleParam.Orientation.Horizontal, X: 0.1, Y: 1.1)
            .WithXAxisStyle<double, double, string>(TitleText: "e", MinMax: Tuple.Create(-3.0, 3.0)),
        ["a grid of two panels"] = () =>
            Chart.Grid([
                Chart.Line<double, double, string>(x: Xs, y: Ys),
                Chart.Point<double, double, string>(x: Xs, y: Xs),
            ], nRows: 1, nCols: 2, SubPlotTitles: new[] { "left", "right" }),
        ["a title, an annotation and a shape set by hand"] = () => WithHandMadeLayoutParts(
            Chart.Line<double, double, string>(x: Xs, y: Ys)),
        ["columns from encoded (base64) number arrays"] = () =>
            Chart.Column<string, string, string>(valuesEncoded: Plotly.NET.EncodedTypedArray.ofFloat64Array([3, 1.5, 2], null),
                KeysEncoded: Plotly.NET.EncodedTypedArray.ofInt32Array([1, 2, 3], null)),
        ["a config of its own"] = () => WithConfigOfItsOwn(Chart.Line<double, double, string>(x: Xs, y: Ys)),
    };

    [Theory]
    [MemberData(nameof(ChartNames))]
    public void The_figure_is_the_one_Plotly_NET_writes(string name)
    {
        var chart = Charts[name]();

        var fast = JsonNode.Parse(Plot.FromPlotly(chart).ToJson());
        var throughToJson = JsonNode.Parse(Plot.FromFigureJson(GenericChart.toJson(chart)).ToJson());

        Assert.True(JsonNode.DeepEquals(fast, throughToJson),
            $"{name}:\nwritten here: {fast!.ToJsonString()}\nfrom toJson:  {throughToJson!.ToJsonString()}");
    }

    [Fact]
    public void The_comparison_notices_a_difference_in_one_number()
    {
        var chart = Charts["the loss lesson's log-cosh line"]();
        var fast = JsonNode.Parse(Plot.FromPlotly(chart).ToJson())!;
        fast["data"]![0]!["y"]![1] = 1.5;

        Assert.False(JsonNode.DeepEquals(fast, JsonNode.Parse(Plot.FromFigureJson(GenericChart.toJson(chart)).ToJson())));
    }

    [Fact]
    public void A_value_of_a_kind_it_does_not_know_is_written_as_Newtonsoft_writes_it()
    {
        var trace = new Plotly.NET.Trace("scatter");
        trace.SetProperty("x", new[] { 1.0, 2.0 });
        trace.SetProperty("pair", Tuple.Create(1, "one"));
        trace.SetProperty("table", new Dictionary<string, int> { ["a"] = 1 });
        trace.SetProperty("matrix", new double[,] { { 1, 2 }, { 3, 4 } });
        trace.SetProperty("kind", StyleParam.Mode.Lines);
        var chart = GenericChart.ofTraceObject(true, trace);

        var data = JsonNode.Parse(Plot.FromPlotly(chart).ToJson())!["data"]![0]!;

        Assert.Equal("""{"Item1":1,"Item2":"one"}""", data["pair"]!.ToJsonString());
        Assert.Equal("""{"a":1}""", data["table"]!.ToJsonString());
        Assert.Equal("[[1.0,2.0],[3.0,4.0]]", data["matrix"]!.ToJsonString());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Plot.FromFigureJson(GenericChart.toJson(chart)).ToJson())!["data"]![0], data));
    }

    [Fact]
    public void A_chart_that_contains_itself_gets_a_clear_error()
    {
        var trace = new Plotly.NET.Trace("scatter");
        var marker = new Plotly.NET.TraceObjects.Marker();
        marker.SetProperty("again", marker);
        trace.SetProperty("marker", marker);

        var error = Assert.Throws<ArgumentException>(() => Plot.FromPlotly(GenericChart.ofTraceObject(true, trace)));
        Assert.Contains("contains itself", error.Message);
    }

    private static GenericChart TimesWithAnOffset()
    {
        // Plotly.NET's C# API takes IConvertible values, which DateTimeOffset is not; a trace can still hold them.
        var trace = new Plotly.NET.Trace("scatter");
        trace.SetProperty("x", new[] { new DateTimeOffset(2024, 3, 1, 9, 30, 0, TimeSpan.FromHours(2)), new DateTimeOffset(2024, 3, 1, 10, 0, 0, 125, TimeSpan.Zero) });
        trace.SetProperty("y", new[] { 1.0, 2.0 });
        return GenericChart.ofTraceObject(true, trace);
    }

    private static GenericChart WithConfigOfItsOwn(GenericChart chart)
    {
        var config = new Plotly.NET.Config();
        config.SetProperty("responsive", true);
        config.SetProperty("displayModeBar", false);
        config.SetProperty("toImageButtonOptions", new Dictionary<string, object> { ["format"] = "svg", ["scale"] = 2 });
        return GenericChart.setConfig(config, chart);
    }

    private static GenericChart WithHandMadeLayoutParts(GenericChart chart)
    {
        var title = new Plotly.NET.LayoutObjects.Annotation();
        title.SetProperty("text", "Minimum at e = 0");
        title.SetProperty("x", 0.0);
        title.SetProperty("y", 0.0);
        title.SetProperty("showarrow", true);
        var shape = new Plotly.NET.LayoutObjects.Shape();
        shape.SetProperty("type", "line");
        shape.SetProperty("x0", -2);
        shape.SetProperty("x1", 2);
        shape.SetProperty("y0", 1);
        shape.SetProperty("y1", 1);
        var layout = GenericChart.getLayout(chart);
        layout.SetProperty("annotations", new[] { title });
        layout.SetProperty("shapes", new List<Plotly.NET.LayoutObjects.Shape> { shape });
        layout.SetProperty("title", new Dictionary<string, object> { ["text"] = "By hand" });
        return chart;
    }
}
