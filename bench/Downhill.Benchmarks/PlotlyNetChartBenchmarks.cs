using BenchmarkDotNet.Attributes;
using Plotly.NET.CSharp;

namespace Downhill.Benchmarks;

/// <summary>
/// Turning a chart built with Plotly.NET into the kit's <see cref="Plot"/>, as the notebooks do for every Plotly.NET chart
/// a cell shows: lesson 01's log-cosh line. The baseline is the way before issue 22's last round — Plotly.NET's own
/// <c>GenericChart.toJson</c> (Newtonsoft.Json, reading each property through C#'s dynamic binder) and then parsing its
/// text — against <see cref="Plot.FromPlotly"/>, which now walks Plotly.NET's property bags itself. Both make the same
/// figure (PlotlyNetJsonTests). Target: the per-chart cost well under the 0.3 s a lesson cell may spend.
/// </summary>
[MemoryDiagnoser]
public class PlotlyNetChartBenchmarks
{
    private readonly Plotly.NET.GenericChart chart = LogCoshLine();

    [Benchmark(Baseline = true, Description = "GenericChart.toJson, then Plot.FromFigureJson")]
    public Plot ThroughToJson() => Plot.FromFigureJson(Plotly.NET.GenericChart.toJson(chart));

    [Benchmark(Description = "Plot.FromPlotly")]
    public Plot FromPlotly() => Plot.FromPlotly(chart);

    private static Plotly.NET.GenericChart LogCoshLine()
    {
        var errors = Enumerable.Range(-40, 81).Select(i => i / 10.0).ToArray();
        return Chart.Line<double, double, string>(x: errors, y: errors.Select(e => Math.Log(Math.Cosh(e))).ToArray(), Name: "log cosh(e)", ShowLegend: true)
            .WithXAxisStyle<double, double, string>(TitleText: "error e")
            .WithYAxisStyle<double, double, string>(TitleText: "loss");
    }
}
