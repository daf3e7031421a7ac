using static Downhill.Tests.Charts.ChartFixtures;

namespace Downhill.Tests.Charts;

public class ArrowsAndLinesTests
{
    [Fact]
    public void Every_arrow_points_downhill()
    {
        var bowl = new TestBowl();

        var plot = Plots.GradientArrows(bowl, arrowsPerSide: 6);

        var arrows = FigureJson.Parse(plot.ToJson()).GetProperty("layout").GetProperty("annotations").EnumerateArray().ToList();
        Assert.Equal(36, arrows.Count);
        foreach (var arrow in arrows)
        {
            double[] tail = [arrow.GetProperty("ax").GetDouble(), arrow.GetProperty("ay").GetDouble()];
            double[] head = [arrow.GetProperty("x").GetDouble(), arrow.GetProperty("y").GetDouble()];
            var g = bowl.Gradient(tail);
            var along = (head[0] - tail[0]) * g[0] + (head[1] - tail[1]) * g[1];
            Assert.True(along < 0, $"the arrow at ({tail[0]}, {tail[1]}) points uphill");
        }
    }

    [Fact]
    public void The_arrow_count_is_checked()
    {
        var himmelblau = Landscape.Himmelblau();
        var tooMany = Assert.Throws<ArgumentException>(() => Plots.GradientArrows(himmelblau, 100));
        Assert.StartsWith("GradientArrows draws between 2 and 40 arrows per side; got 100.", tooMany.Message);
        Assert.Throws<ArgumentException>(() => Plots.GradientArrows(new TestParabola()));
    }

    [Fact]
    public void A_sweep_with_diverged_runs_leaves_gaps_and_counts_them()
    {
        double[] alphas = [0.01, 0.1, 0.4, 0.6, 1.0];
        double[] finalLoss = [3.2, 0.4, 1e-9, double.PositiveInfinity, double.NaN];

        var plot = Plots.Line(alphas, finalLoss, xTitle: "α", yTitle: "final loss", logX: true, logY: true);

        var figure = FigureJson.Parse(plot.ToJson());
        var y = figure.GetProperty("data")[0].GetProperty("y");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, y[3].ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, y[4].ValueKind);
        Assert.Equal("log", figure.GetProperty("layout").GetProperty("xaxis").GetProperty("type").GetString());
        Assert.Equal("2 point(s) with a non-finite value (a diverged run) are left out",
            figure.GetProperty("layout").GetProperty("annotations")[0].GetProperty("text").GetString());
        Assert.Equal("final loss against α", plot.Title);
    }

    [Fact]
    public void Line_inputs_are_checked()
    {
        var mismatch = Assert.Throws<ArgumentException>(() => Plots.Line([1.0, 2.0, 3.0], [1.0, 2.0]));
        Assert.StartsWith("Lines needs x values of \"y\" and y values of the same length; got 3 and 2.", mismatch.Message);
        var logZero = Assert.Throws<ArgumentException>(() => Plots.Line([0.0, 1.0], [1.0, 2.0], logX: true));
        Assert.StartsWith("Lines cannot put x = 0 on a log axis; log axes need positive x values.", logZero.Message);
        var empty = Assert.Throws<ArgumentException>(() => Plots.Lines([]));
        Assert.StartsWith("Lines needs at least one item in series; the list is empty.", empty.Message);
        var emptySeries = Assert.Throws<ArgumentException>(() => Plots.Lines([new Series("none", [], [])]));
        Assert.StartsWith("Lines: the series \"none\" is empty; it needs at least one point.", emptySeries.Message);
    }
}
