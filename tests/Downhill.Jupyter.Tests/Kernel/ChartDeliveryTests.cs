using System.Text.Json.Nodes;
using Downhill.Jupyter.Tests.Client;

namespace Downhill.Jupyter.Tests.Kernel;

/// <summary>
/// A fresh kernel session's charts must be able to draw on their own: its first chart carries plotly.js (the
/// warm-up, which formats a chart of its own, must not have spent that turn), every chart carries the Plotly
/// figure as a JSON object, and the cell that carried plotly.js carries it again when it is rerun.
/// Each test starts its own kernel, because "fresh" is the point.
/// </summary>
public sealed class ChartDeliveryTests
{
    private const string Carrier = "<script type=\"application/x-downhill-plotly\"";
    private const string FirstChart = "Downhill.Plots.Line(new double[] { 0, 1, 2 }, new double[] { 4, 1, 0 }, title: \"First\")";
    private const string SecondChart = "Downhill.Plots.Line(new double[] { 0, 1, 2 }, new double[] { 5, 2, 1 }, title: \"Second\")";

    [Fact]
    public void After_the_warm_up_the_first_chart_of_a_session_carries_plotly_js_and_the_figure_as_json()
    {
        using var kernel = new RunningKernel();
        kernel.Client.Execute("1 + 1"); // waits for the warm-up to finish, whatever it does

        var first = ChartData(kernel.Client.Execute(FirstChart));
        var second = ChartData(kernel.Client.Execute(SecondChart));

        Assert.Contains(Carrier, Html(first));
        Assert.DoesNotContain(Carrier, Html(second));
        var figure = Assert.IsType<JsonObject>(first["application/vnd.plotly.v1+json"]);
        Assert.Equal(["config", "data", "frames", "layout"], figure.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal("First", figure["layout"]!["title"]!["text"]!.GetValue<string>());
        Assert.StartsWith("Plot: First", first["text/plain"]!.GetValue<string>());
    }

    [Fact]
    public void A_displayed_chart_in_the_first_cell_carries_plotly_js_too()
    {
        using var kernel = new RunningKernel();

        var (_, iopub) = kernel.Client.Execute($"display({FirstChart});");

        var shown = iopub.Single(m => m.Type == "display_data").Content["data"]!.AsObject();
        Assert.Contains(Carrier, Html(shown));
        Assert.IsType<JsonObject>(shown["application/vnd.plotly.v1+json"]);
    }

    [Fact]
    public void The_cell_that_carried_plotly_js_carries_it_again_when_rerun_known_by_its_cell_id()
    {
        using var kernel = new RunningKernel();

        var carried = ChartData(kernel.Client.Execute(FirstChart, cellId: "cell-a"));
        var other = ChartData(kernel.Client.Execute(SecondChart, cellId: "cell-b"));
        var rerunEdited = ChartData(kernel.Client.Execute(SecondChart, cellId: "cell-a"));
        var otherAgain = ChartData(kernel.Client.Execute(SecondChart, cellId: "cell-b"));

        Assert.Contains(Carrier, Html(carried));
        Assert.DoesNotContain(Carrier, Html(other));
        Assert.Contains(Carrier, Html(rerunEdited)); // same cell, new code: its old output (and copy) is gone
        Assert.DoesNotContain(Carrier, Html(otherAgain));
    }

    [Fact]
    public void Without_cell_ids_the_carrying_cell_is_known_by_its_code()
    {
        using var kernel = new RunningKernel();

        Assert.Contains(Carrier, Html(ChartData(kernel.Client.Execute(FirstChart))));
        Assert.DoesNotContain(Carrier, Html(ChartData(kernel.Client.Execute(SecondChart))));
        Assert.Contains(Carrier, Html(ChartData(kernel.Client.Execute(FirstChart))));
    }

    [Fact]
    public void A_silent_chart_does_not_spend_the_turn()
    {
        using var kernel = new RunningKernel();

        kernel.Client.Execute(FirstChart, silent: true);

        Assert.Contains(Carrier, Html(ChartData(kernel.Client.Execute(SecondChart))));
    }

    private static JsonObject ChartData((ReceivedMessage Reply, IReadOnlyList<ReceivedMessage> Iopub) run)
    {
        Assert.Equal("ok", run.Reply.Text("status"));
        return run.Iopub.Single(m => m.Type == "execute_result").Content["data"]!.AsObject();
    }

    private static string Html(JsonObject data) => data["text/html"]!.GetValue<string>();
}
