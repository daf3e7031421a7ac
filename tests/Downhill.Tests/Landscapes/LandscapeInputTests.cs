namespace Downhill.Tests.Landscapes;

/// <summary>Points that do not fit a landscape fail with one sentence naming the landscape.</summary>
public class LandscapeInputTests
{
    [Fact]
    public void A_point_with_the_wrong_dimension_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Landscape.Himmelblau().Value([1.0, 2.0, 3.0]));
        Assert.Equal("Himmelblau takes a point with 2 coordinate(s); got 3.", error.Message);
        error = Assert.Throws<ArgumentException>(() => Landscape.Parabola().Gradient([1.0, 2.0]));
        Assert.Equal("Parabola takes a point with 1 coordinate(s); got 2.", error.Message);
    }

    [Fact]
    public void A_non_finite_point_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Landscape.Rosenbrock().Gradient([1.0, double.NaN]));
        Assert.Equal("Rosenbrock needs a point of finite numbers; got NaN at coordinate 1.", error.Message);
    }

    [Fact]
    public void A_null_point_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new Beale().Value(null!));
        Assert.Equal("Beale needs a point; got null.", error.Message);
    }

    [Fact]
    public void Bad_landscape_parameters_are_refused()
    {
        Assert.Equal("the parabola's coefficient a must be a positive, finite number; got 0.",
            Assert.Throws<ArgumentException>(() => Landscape.Parabola(0)).Message);
        Assert.Equal("Rosenbrock's b must be a positive, finite number; got -1.",
            Assert.Throws<ArgumentException>(() => Landscape.Rosenbrock(1, -1)).Message);
        Assert.Equal("Rastrigin's number of dimensions must be at least 1; got 0.",
            Assert.Throws<ArgumentException>(() => new Rastrigin(0)).Message);
        Assert.Equal("the quadratic's coefficients must not be empty; give at least one value.",
            Assert.Throws<ArgumentException>(() => Landscape.Quadratic()).Message);
    }

    [Fact]
    public void A_quadratic_needs_a_square_symmetric_matrix_and_a_matching_b()
    {
        Assert.Equal("the quadratic's matrix A must be square; got 1 rows and 2 columns.",
            Assert.Throws<ArgumentException>(() => new Quadratic(new[,] { { 1.0, 2.0 } })).Message);
        Assert.Equal("the quadratic's matrix A must be symmetric; A[0,1] = 1 but A[1,0] = 0.",
            Assert.Throws<ArgumentException>(() => new Quadratic(new[,] { { 1.0, 1.0 }, { 0.0, 1.0 } })).Message);
        Assert.Equal("the quadratic's vector b must have 2 value(s); got 3.",
            Assert.Throws<ArgumentException>(() => new Quadratic(new[,] { { 1.0, 0.0 }, { 0.0, 1.0 } }, [1.0, 2.0, 3.0])).Message);
    }
}
