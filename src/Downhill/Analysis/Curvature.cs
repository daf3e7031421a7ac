using MathNet.Numerics.LinearAlgebra;

namespace Downhill;

/// <summary>
/// Curvature facts from a Hessian: its eigenvalues, the largest stable step 2/L of gradient descent and
/// the condition number L/μ that says how long and thin the valley is.
/// </summary>
public static class Curvature
{
    /// <summary>The eigenvalues of a symmetric matrix (a Hessian), smallest first.</summary>
    public static double[] Eigenvalues(double[,] hessian)
    {
        Symmetric(hessian);
        return Matrix<double>.Build.DenseOfArray(hessian).Evd(Symmetricity.Symmetric)
            .EigenValues.Select(e => e.Real).OrderBy(e => e).ToArray();
    }

    /// <summary>L, the largest eigenvalue: the steepest curvature.</summary>
    public static double Largest(double[,] hessian) => Eigenvalues(hessian)[^1];

    /// <summary>
    /// 2/L, the largest learning rate for which plain gradient descent on this quadratic does not blow up
    /// (at exactly 2/L it bounces forever). Fails when nothing curves upward (L ≤ 0).
    /// </summary>
    public static double LargestStableStep(double[,] hessian)
    {
        var largest = Largest(hessian);
        if (largest <= 0)
            throw new ArgumentException(
                $"the largest curvature is {Guard.Show(largest)}, not positive: nothing curves upward, so no step size makes descent settle.");
        return 2 / largest;
    }

    /// <summary>
    /// κ = L/μ, the largest over the smallest eigenvalue: 1 for a round bowl, large for a long thin valley
    /// (0.1x² + 2y² has κ = 20). Fails unless every eigenvalue is positive.
    /// </summary>
    public static double ConditionNumber(double[,] hessian)
    {
        var eigenvalues = Eigenvalues(hessian);
        if (eigenvalues[0] <= 0)
            throw new ArgumentException(
                $"the smallest curvature is {Guard.Show(eigenvalues[0])}, not positive, so the condition number is not defined (the landscape is not a bowl).");
        return eigenvalues[^1] / eigenvalues[0];
    }

    /// <summary>
    /// The Hessian of the mean squared error of a linear model on <paramref name="features"/> (n rows × d columns):
    /// (2/n)·XᵀX, with a leading column of ones when <paramref name="intercept"/> is true. Its condition number is
    /// what feature scaling improves.
    /// </summary>
    public static double[,] OfMeanSquaredError(double[,] features, bool intercept = true)
    {
        var x = DesignMatrix.Build(features, intercept);
        return (x.TransposeThisAndMultiply(x) * (2.0 / x.RowCount)).ToArray();
    }

    private static void Symmetric(double[,] matrix)
    {
        Guard.SquareMatrix(matrix, "the Hessian");
        var n = matrix.GetLength(0);
        for (var i = 0; i < n; i++)
        for (var j = i + 1; j < n; j++)
        {
            var scale = Math.Max(1, Math.Max(Math.Abs(matrix[i, j]), Math.Abs(matrix[j, i])));
            if (Math.Abs(matrix[i, j] - matrix[j, i]) > 1e-10 * scale)
                throw new ArgumentException(
                    $"the Hessian must be symmetric; entry [{i},{j}] is {Guard.Show(matrix[i, j])} but [{j},{i}] is {Guard.Show(matrix[j, i])}.");
        }
    }
}
