namespace Downhill.Tests.Charts;

public class LossCurveAxisTests
{
    [Fact]
    public void The_axes_say_what_is_measured_and_epochs_start_at_zero()
    {
        // A run that blew up at once has one or two points: plotly's autorange drew its axis from −100 epochs.
        var plot = Plots.LossCurves([new Series("unscaled", [0.0, 1.0], [5e10, 3e13], 2)], LossAxis.Epoch, logY: true,
            yTitle: "MSE − least-squares MSE");
        var layout = FigureJson.Parse(plot.ToJson()).GetProperty("layout");
        Assert.Equal("nonnegative", layout.GetProperty("xaxis").GetProperty("rangemode").GetString());
        Assert.Equal("MSE − least-squares MSE (log scale)", layout.GetProperty("yaxis").GetProperty("title").GetProperty("text").GetString());
    }
}
