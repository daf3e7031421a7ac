namespace Downhill.Tests.Analysis;

/// <summary>The gradient check passes a right gradient and catches the classic mistakes.</summary>
public class GradientCheckTests
{
    [Fact]
    public void Central_differences_of_a_cubic_are_accurate_to_h_squared()
    {
        // f(w) = w³: (f(w+h) − f(w−h))/2h = 3w² + h², so at w = 2 with h = 1e-3 the estimate is 12.000001.
        var numerical = GradientCheck.Numerical(w => Math.Pow(w[0], 3), [2.0], step: 1e-3);
        Assert.Equal(12.000001, numerical[0], 1e-9);
    }

    [Fact]
    public void A_correct_gradient_passes()
    {
        var result = GradientCheck.Compare(Landscape.Himmelblau(), [1.3, -0.7]);
        Assert.True(result.Passes());
        Assert.StartsWith("gradient check passed", result.ToString());
    }

    [Fact]
    public void A_missing_factor_of_two_is_caught()
    {
        // Q = x² + y², but the "gradient" forgot the 2.
        var result = GradientCheck.Compare(w => w[0] * w[0] + w[1] * w[1], w => [w[0], w[1]], [1.0, -2.0]);
        Assert.False(result.Passes());
        Assert.Equal(0.5, result.RelativeError, 1e-9);
        Assert.StartsWith("gradient check FAILED: largest relative error 0.5", result.ToString());
    }

    [Fact]
    public void A_wrong_sign_is_caught()
    {
        var result = GradientCheck.Compare(w => Math.Sin(w[0]), w => [-Math.Cos(w[0])], [0.3]);
        Assert.False(result.Passes(1e-3));
    }

    [Fact]
    public void Bad_inputs_fail_with_one_sentence()
    {
        Assert.Equal("the finite-difference step h must be a positive, finite number; got 0.",
            Assert.Throws<ArgumentException>(() => GradientCheck.Numerical(w => w[0], [1.0], 0)).Message);
        Assert.Equal("the gradient function must return one value per coordinate (2); it returned 1.",
            Assert.Throws<ArgumentException>(() => GradientCheck.Compare(w => w[0] + w[1], w => [1.0], [1.0, 2.0])).Message);
        Assert.Equal("the point must contain only finite numbers; got NaN at position 0.",
            Assert.Throws<ArgumentException>(() => GradientCheck.Numerical(w => w[0], [double.NaN])).Message);
    }
}
