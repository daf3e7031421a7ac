using MathNet.Numerics.LinearAlgebra;

namespace Downhill;

/// <summary>
/// The closed-form answer to linear regression, to compare descent against. <see cref="Solve"/>
/// uses a QR factorisation (accurate even when features are badly scaled); <see cref="NormalEquation"/>
/// solves (XᵀX)w = Xᵀy as the textbook writes it, which squares the condition number.
/// </summary>
public static class LeastSquares
{
    // One thread for MathNet's matrix work: the lessons' matrices are small, and handing each product to the thread
    // pool made a 2-ms solve take 20 ms on a busy machine (a class server, a test run) — and 06 times these solves.
    static LeastSquares() => MathNet.Numerics.Control.UseSingleThread();

    /// <summary>
    /// The least-squares fit by QR: minimises Σ(yᵢ − b − xᵢ·w)² over b (when <paramref name="intercept"/>) and w,
    /// with the features given as rows (one array per example).
    /// </summary>
    public static LeastSquaresSolution Solve(double[][] features, double[] targets, bool intercept = true) =>
        Fit(features, targets, intercept, "QR", (x, y) =>
        {
            var qr = x.QR();
            CheckIndependent(qr.R.Diagonal(), 1e-8);
            return qr.Solve(y);
        });

    /// <summary>The least-squares fit by the normal equation (XᵀX)w = Xᵀy, solved by Cholesky.</summary>
    public static LeastSquaresSolution NormalEquation(double[][] features, double[] targets, bool intercept = true) =>
        Fit(features, targets, intercept, "normal equation", (x, y) =>
        {
            var gram = x.TransposeThisAndMultiply(x); // XᵀX
            var cholesky = TryCholesky(gram) ?? throw Dependent();
            CheckIndependent(cholesky.Factor.Diagonal(), 1e-6); // its squares are XᵀX's pivots: 1e-12 of the largest is rounding
            return cholesky.Solve(x.TransposeThisAndMultiply(y));
        });

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
        var y = Vector<double>.Build.DenseOfArray(targets);
        var coefficients = solve(x, y);
        var residual = x * coefficients - y;
        var mse = residual.DotProduct(residual) / x.RowCount;
        var offset = intercept ? 1 : 0;
        var weights = coefficients.Skip(offset).ToArray();
        return new LeastSquaresSolution(intercept ? coefficients[0] : 0, weights, mse, method);
    }

    // A column that is constant or a copy of others leaves no single best fit, and the factorisation that solves shows
    // it: a (near) zero on its triangle's diagonal. (A rank computation first would cost an SVD, several solves' worth.)
    private static void CheckIndependent(Vector<double> triangleDiagonal, double relativeTolerance)
    {
        if (!(triangleDiagonal.AbsoluteMinimum() > relativeTolerance * triangleDiagonal.AbsoluteMaximum())) throw Dependent();
    }

    private static ArgumentException Dependent() => new(
        "the feature columns are linearly dependent (a column is constant or a copy of others), so there is no single best fit.");

    // XᵀX of dependent columns is singular, and the factorisation then refuses it.
    private static MathNet.Numerics.LinearAlgebra.Factorization.Cholesky<double>? TryCholesky(Matrix<double> gram)
    {
        try { return gram.Cholesky(); }
        catch (ArgumentException) { return null; }
    }
}
