using System.Text.Json;
namespace Downhill.Tests.Charts;

public class FitAndBoundaryTests
{
    private static readonly double[] Xs = [1, 2, 3, 4, 5];
    private static readonly double[] Ys = [2.9, 5.2, 7.1, 8.8, 11.1];

    [Fact]
    public void A_regression_fit_draws_the_points_and_the_line_across_the_data()
    {
        var plot = Plots.RegressionFit(Xs, Ys, slope: 2, intercept: 1, xTitle: "area", yTitle: "price");

        var data = FigureJson.Parse(plot.ToJson()).GetProperty("data");
        Assert.Equal(5, data[0].GetProperty("x").GetArrayLength());
        var line = data[1];
        Assert.Equal("ŷ = 2·x + 1", line.GetProperty("name").GetString());
        Assert.Equal(1, line.GetProperty("x")[0].GetDouble());
        Assert.Equal(5, line.GetProperty("x")[line.GetProperty("x").GetArrayLength() - 1].GetDouble());
        Assert.Equal(11, line.GetProperty("y")[line.GetProperty("y").GetArrayLength() - 1].GetDouble(), 12);
    }

    [Fact]
    public void A_model_that_gives_NaN_leaves_gaps_and_says_so()
    {
        var plot = Plots.RegressionFit(Xs, Ys, x => x > 3 ? double.NaN : x);

        var figure = FigureJson.Parse(plot.ToJson());
        Assert.Contains("non-finite prediction", figure.GetProperty("layout").GetProperty("annotations")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void Regression_inputs_are_checked()
    {
        var mismatch = Assert.Throws<ArgumentException>(() => Plots.RegressionFit([1.0, 2.0], [1.0], 1, 0));
        Assert.StartsWith("RegressionFit needs x and y of the same length; got 2 and 1.", mismatch.Message);
        var empty = Assert.Throws<ArgumentException>(() => Plots.RegressionFit([], [], 1, 0));
        Assert.StartsWith("RegressionFit needs at least one item in x; the list is empty.", empty.Message);
        var diverged = Assert.Throws<ArgumentException>(() => Plots.RegressionFit(Xs, Ys, double.NaN, 0));
        Assert.StartsWith("RegressionFit needs a finite slope and intercept; got slope NaN", diverged.Message);
        var badPoint = Assert.Throws<ArgumentException>(() => Plots.RegressionFit([1.0, double.PositiveInfinity], [1.0, 2.0], 1, 0));
        Assert.StartsWith("RegressionFit needs finite numbers in x; item 1 is ∞.", badPoint.Message);
    }

    private static (double[][] Features, int[] Labels) TwoClusters() =>
        ([[0, 0], [0.5, 1], [1, 0.2], [4, 4], [4.5, 3.5], [3.8, 4.2]], [0, 0, 0, 1, 1, 1]);

    [Fact]
    public void A_probability_boundary_draws_the_half_way_line()
    {
        var (features, labels) = TwoClusters();

        var plot = Plots.DecisionBoundary(features, labels, p => 1 / (1 + Math.Exp(-(p[0] + p[1] - 4))));

        var regions = FigureJson.Parse(plot.ToJson()).GetProperty("data")[0];
        Assert.Equal("contour", regions.GetProperty("type").GetString());
        Assert.Equal(0.5, regions.GetProperty("contours").GetProperty("start").GetDouble());
    }

    [Fact]
    public void Decision_boundary_inputs_are_checked()
    {
        var (features, labels) = TwoClusters();
        var mismatch = Assert.Throws<ArgumentException>(() => Plots.DecisionBoundary(features, labels[..4], p => 0));
        Assert.StartsWith("DecisionBoundary needs features and labels of the same length; got 6 and 4.", mismatch.Message);
        var threeFeatures = Assert.Throws<ArgumentException>(() => Plots.DecisionBoundary([[1, 2, 3]], [0], p => 0));
        Assert.StartsWith("DecisionBoundary draws two features; example 0 has 3.", threeFeatures.Message);
        var negative = Assert.Throws<ArgumentException>(() => Plots.DecisionBoundary(features, [0, 0, -1, 1, 1, 1], p => 0));
        Assert.StartsWith("DecisionBoundary needs class labels numbered from 0; example 2 has -1.", negative.Message);
        var names = Assert.Throws<ArgumentException>(() => Plots.DecisionBoundary(features, labels, p => 0, classNames: ["only one"]));
        Assert.StartsWith("DecisionBoundary got 1 class name(s) but the labels go up to 1.", names.Message);
        var threeClasses = Assert.Throws<ArgumentException>(() => Plots.DecisionBoundary(features, [0, 1, 2, 0, 1, 2], p => 0.5));
        Assert.StartsWith("DecisionBoundary needs two classes (0 and 1); the labels go up to 2.", threeClasses.Message);
    }
}
