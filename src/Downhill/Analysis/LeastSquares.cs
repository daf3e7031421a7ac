using MathNet.Numerics.LinearAlgebra;

namespace Downhill;

/// <summary>
/// The closed-form answer to linear regression, to compare descent against. <see cref="Solve"/>
/// uses a QR factorisation (accurate even when features are badly scaled); <see cref="NormalEquation"/>
/// solves (XᵀX)w = Xᵀy as the textbook writes it, which squares the condition number.
/// </summary>
public static class LeastSquares
{
    /// <summary>
    /// The least-squares fit by QR: minimises Σ(yᵢ − b − xᵢ·w)² over b (when <paramref name="intercept"/>) and w,
    /// with the features given as rows (one array per example).
    /// </summary>
    public static LeastSquaresSolution Solve(double[][] features, double[] targets, bool intercept = true) =>
        Fit(features, targets, intercept, "QR", (x, y) => x.QR().Solve(y));

    /// <summary>The least-squares fit by the normal equation (XᵀX)w = Xᵀy, solved by Cholesky.</summary>
    public static LeastSquaresSolution NormalEquation(double[][] features, double[] targets, bool intercept = true) =>
        Fit(features, targets, intercept, "normal equation",
            (x, y) => x.TransposeThisAndMultiply(x).Cholesky().Solve(x.TransposeThisAndMultiply(y)));

    private static LeastSquaresSolution Fit(double[][] features, double[] targets, bool intercept, string method,
        Func<Matrix<double>, Vector<double>, Vector<double>> solve)
    {
        var x = DesignMatrix.Build(features, intercept);
        Guard.FiniteVector(targets, "the targets");
        if (targets.Length != x.RowCount)
            throw new ArgumentException($"the features have {x.RowCount} row(s) but there are {targets.Length} target(s); they must pair up.");
        if (x.RowCount < x.ColumnCount)
            throw new ArgumentException(
                $"least squares needs at least as many rows as unknowns; got {x.RowCount} row(s) for {x.ColumnCount} unknown(s).");
        if (x.Rank() < x.ColumnCount)
            throw new ArgumentException(
                "the feature columns are linearly dependent (a column is constant or a copy of others), so there is no single best fit.");
        var y = Vector<double>.Build.DenseOfArray(targets);
        var coefficients = solve(x, y);
        var residual = x * coefficients - y;
        var mse = residual.DotProduct(residual) / x.RowCount;
        var offset = intercept ? 1 : 0;
        var weights = coefficients.Skip(offset).ToArray();
        return new LeastSquaresSolution(intercept ? coefficients[0] : 0, weights, mse, method);
    }
}
