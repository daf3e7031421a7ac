namespace Downhill.Tests.Analysis;

/// <summary>The closed-form fit: exact on noiseless data, QR and the normal equation agree, bad tables are refused.</summary>
public class LeastSquaresTests
{
    /// <summary>y = 2 + 3x₁ − x₂ (+ noise), x drawn with a fixed seed.</summary>
    private static (double[][] X, double[] Y) Plane(int rows, double noise, int seed)
    {
        var random = new Random(seed);
        var x = new double[rows][];
        var y = new double[rows];
        for (var i = 0; i < rows; i++)
        {
            x[i] = [random.NextDouble() * 10, random.NextDouble() * 4 - 2];
            y[i] = 2 + 3 * x[i][0] - x[i][1] + noise * (random.NextDouble() - 0.5);
        }
        return (x, y);
    }

    /// <summary>One feature: a row per value.</summary>
    private static double[][] Column(params double[] values) => values.Select(v => new[] { v }).ToArray();

    [Fact]
    public void Noiseless_data_is_fitted_exactly_by_both_methods()
    {
        var (x, y) = Plane(50, noise: 0, seed: 1);
        foreach (var fit in new[] { LeastSquares.Solve(x, y), LeastSquares.NormalEquation(x, y) })
        {
            Assert.Equal(2.0, fit.Intercept, 1e-10);
            Assert.Equal(3.0, fit.Weights[0], 1e-10);
            Assert.Equal(-1.0, fit.Weights[1], 1e-10);
            Assert.Equal(0.0, fit.MeanSquaredError, 1e-18);
        }
    }

    [Fact]
    public void With_noise_both_methods_agree_and_the_residual_is_orthogonal_to_every_column()
    {
        var (x, y) = Plane(200, noise: 2, seed: 7);
        var qr = LeastSquares.Solve(x, y);
        var normal = LeastSquares.NormalEquation(x, y);
        Assert.Equal(qr.Intercept, normal.Intercept, 1e-9);
        Assert.Equal(qr.Weights[0], normal.Weights[0], 1e-9);
        Assert.Equal(qr.Weights[1], normal.Weights[1], 1e-9);
        Assert.Equal("QR", qr.Method);
        Assert.Equal("normal equation", normal.Method);

        // The optimality condition Xᵀ(y − ŷ) = 0, including the column of ones.
        double residualDot(Func<int, double> column) =>
            Enumerable.Range(0, 200).Sum(i => column(i) * (y[i] - qr.Predict(x[i])));
        Assert.Equal(0.0, residualDot(_ => 1), 1e-9);
        Assert.Equal(0.0, residualDot(i => x[i][0]), 1e-8);
        Assert.Equal(0.0, residualDot(i => x[i][1]), 1e-8);
    }

    [Fact]
    public void Without_an_intercept_the_fit_goes_through_the_origin()
    {
        // y = 2x exactly: the slope is 2 and the intercept stays 0.
        var fit = LeastSquares.Solve(Column(1.0, 2.0, 3.0), [2.0, 4.0, 6.0], intercept: false);
        Assert.Equal(0.0, fit.Intercept);
        Assert.Equal(2.0, fit.Weights[0], 1e-14);
        Assert.Single(fit.Weights);
    }

    [Fact]
    public void Bad_tables_fail_with_one_sentence()
    {
        string ErrorOf(Action action) => Assert.Throws<ArgumentException>(action).Message;
        Assert.Equal("the features have 3 row(s) but there are 2 target(s); they must pair up.",
            ErrorOf(() => LeastSquares.Solve(Column(1.0, 2.0, 3.0), [1.0, 2.0])));
        Assert.Equal("the feature columns are linearly dependent (a column is constant or a copy of others), so there is no single best fit.",
            ErrorOf(() => LeastSquares.Solve(new[] { new[] { 1.0, 2.0 }, new[] { 2.0, 4.0 }, new[] { 3.0, 6.0 } }, [1.0, 2.0, 3.0])));
        Assert.Equal("the feature columns are linearly dependent (a column is constant or a copy of others), so there is no single best fit.",
            ErrorOf(() => LeastSquares.NormalEquation(new[] { new[] { 1.0, 2.0 }, new[] { 2.0, 4.0 }, new[] { 3.0, 6.0 } }, [1.0, 2.0, 3.0])));
        Assert.Equal("the feature columns are linearly dependent (a column is constant or a copy of others), so there is no single best fit.",
            ErrorOf(() => LeastSquares.NormalEquation(Column(5.0, 5.0, 5.0), [1.0, 2.0, 3.0]))); // constant: a copy of the intercept
        Assert.Equal("least squares needs at least as many rows as unknowns; got 1 row(s) for 2 unknown(s).",
            ErrorOf(() => LeastSquares.Solve(Column(1.0), [1.0])));
        Assert.Equal("every feature row must have 2 value(s) like row 0; row 1 has 1.",
            ErrorOf(() => LeastSquares.Solve(new[] { new[] { 1.0, 2.0 }, new[] { 3.0 } }, [1.0, 2.0])));
        Assert.Equal("the targets must contain only finite numbers; got NaN at position 1.",
            ErrorOf(() => LeastSquares.Solve(Column(1.0, 2.0, 3.0), [1.0, double.NaN, 3.0])));
        Assert.Equal("feature row 2 must contain only finite numbers; got ∞ at position 0.",
            ErrorOf(() => LeastSquares.Solve(Column(1.0, 2.0, double.PositiveInfinity), [1.0, 2.0, 3.0])));
    }
}
