namespace Downhill.Tests.Landscapes;

/// <summary>The landscapes a notebook makes without writing a class: a line fit on data, and one from two functions.</summary>
public class LandscapesOfYourOwnTests
{
    private static readonly double[] Area = [1.2, 0.8, 2.0, 1.5, 1.1, 2.4, 0.9];
    private static readonly double[] Price = [180, 120, 310, 200, 170, 390, 150];

    [Fact]
    public void A_line_fit_is_the_mean_squared_error_of_the_line()
    {
        var fit = Landscape.LineFit(Area, Price);
        double[] point = [150, -10];
        var expected = Area.Zip(Price, (x, y) => Math.Pow(150 * x - 10 - y, 2)).Average();
        Assert.Equal(expected, fit.Value(point), 9);
    }

    [Fact]
    public void A_line_fit_gradient_matches_finite_differences_everywhere()
    {
        var fit = Landscape.LineFit(Area, Price);
        foreach (var point in new[] { new[] { 0.0, 0.0 }, [150.0, -10.0], [-30.0, 400.0] })
            Assert.True(GradientCheck.Compare(fit, point).Passes(1e-6), $"at ({point[0]}, {point[1]})");
    }

    [Fact]
    public void A_line_fit_bottom_is_the_least_squares_line_and_its_gradient_is_zero_there()
    {
        var fit = Landscape.LineFit(Area, Price);
        var exact = LeastSquares.Solve(Area.Select(a => new[] { a }).ToArray(), Price);
        Assert.Equal(exact.Weights[0], fit.Minimum[0], 9);
        Assert.Equal(exact.Intercept, fit.Minimum[1], 9);
        Assert.All(fit.Gradient(fit.Minimum), g => Assert.True(Math.Abs(g) < 1e-9, $"gradient {g} at the bottom"));
        Assert.Equal(fit.Minimum, fit.KnownMinima[0]);
    }

    [Fact]
    public void A_mini_batch_of_every_row_is_the_full_gradient_and_a_smaller_one_differs()
    {
        var fit = Landscape.LineFit(Area, Price);
        double[] point = [100, 20];
        Assert.Equal(fit.Gradient(point), fit.Gradient(point, Enumerable.Range(0, Area.Length)));
        Assert.NotEqual(fit.Gradient(point), fit.Gradient(point, [0, 3]));
    }

    [Fact]
    public void A_line_fit_curvature_is_constant_so_its_stable_step_is_known()
    {
        var fit = Landscape.LineFit(Area, Price);
        Assert.True(fit.HasConstantCurvature);
        var h = fit.Hessian([0, 0])!;
        Assert.Equal(2.0, h[1, 1]);
        Assert.Equal(2 * Area.Average(), h[0, 1], 12);
        Assert.Equal(2 * Area.Average(x => x * x), h[0, 0], 12);
    }

    [Fact]
    public void A_line_fit_refuses_data_it_cannot_fit_with_a_sentence()
    {
        Assert.Equal("a line fit needs one y per x; got 2 x value(s) and 3 y value(s).",
            Assert.Throws<ArgumentException>(() => Landscape.LineFit([1, 2], [1, 2, 3])).Message);
        Assert.Contains("at least two different x values",
            Assert.Throws<ArgumentException>(() => Landscape.LineFit([2, 2, 2], [1, 2, 3])).Message);
        Assert.Contains("row 7 is not one of the 7 examples",
            Assert.Throws<ArgumentException>(() => Landscape.LineFit(Area, Price).Gradient([0, 0], [7])).Message);
    }

    [Fact]
    public void Descent_on_a_line_fit_reaches_the_least_squares_line()
    {
        double[] x = Area.Select(a => (a - Area.Average())).ToArray();
        var fit = Landscape.LineFit(x, Price);
        var run = Descent.Run(fit, new GradientDescent(0.4), [0, 0], 2000);
        Assert.Equal(RunOutcome.Converged, run.Outcome);
        Assert.Equal(fit.Minimum[0], run.Final[0], 4);
        Assert.Equal(fit.Minimum[1], run.Final[1], 4);
    }

    [Fact]
    public void A_landscape_from_two_functions_evaluates_them_and_takes_its_dimensions_from_the_plot_range()
    {
        var bowl = Landscape.FromFunctions("My bowl", w => w[0] * w[0] + 3 * w[1] * w[1], w => [2 * w[0], 6 * w[1]],
            plotRange: [(-2, 2), (-1, 1)], formula: "x² + 3y²", minima: [[0, 0]]);
        Assert.Equal(2, bowl.Dimensions);
        Assert.Equal(7.0, bowl.Value([2, 1]));
        Assert.Equal([4.0, 6.0], bowl.Gradient([2, 1]));
        Assert.Equal("My bowl: Q = x² + 3y²", bowl.ToString());
        var run = Descent.Run(bowl, new GradientDescent(0.1), [1.5, 0.8], 500);
        Assert.Equal(RunOutcome.Converged, run.Outcome);
    }

    [Fact]
    public void A_landscape_from_functions_checks_its_points_and_its_range()
    {
        var curve = Landscape.FromFunctions("Mine", w => w[0] * w[0], w => [2 * w[0]], plotRange: [(-1, 1)]);
        Assert.Equal("Mine takes a point with 1 coordinate(s); got 2.", Assert.Throws<ArgumentException>(() => curve.Value([1.0, 2.0])).Message);
        Assert.Contains("from a smaller to a larger finite number",
            Assert.Throws<ArgumentException>(() => Landscape.FromFunctions("Bad", w => 0, w => [0], plotRange: [(1, -1)])).Message);
    }

    [Fact]
    public void A_curve_has_a_value_and_a_slope_at_a_number()
    {
        var curve = Landscape.Parabola(a: 1, center: 3);
        Assert.Equal(9.0, curve.Value(6.0));
        Assert.Equal(6.0, curve.Slope(6.0));
        var error = Assert.Throws<ArgumentException>(() => Landscape.Himmelblau().Slope(1.0));
        Assert.Equal("Slope(w) with one number is for 1-D curves; Himmelblau has 2 coordinates, so pass a point: Slope([…]).", error.Message);
    }
}
