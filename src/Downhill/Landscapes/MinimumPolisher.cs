using MathNet.Numerics.LinearAlgebra;

namespace Downhill;

/// <summary>
/// Turns a printed approximation of a minimum (e.g. Himmelblau's −2.805118, 3.131312) into the
/// nearest exact stationary point to machine precision by Newton's method on the analytic gradient,
/// so tests and charts compare against the true minimum rather than a rounded one.
/// </summary>
internal static class MinimumPolisher
{
    public static double[] Polish(Landscape landscape, params double[] guess)
    {
        var point = (double[])guess.Clone();
        for (var iteration = 0; iteration < 50; iteration++)
        {
            var hessian = Matrix<double>.Build.DenseOfArray(landscape.Hessian(point)!);
            var gradient = Vector<double>.Build.DenseOfArray(landscape.Gradient(point));
            var step = hessian.Solve(gradient);
            for (var i = 0; i < point.Length; i++) point[i] -= step[i];
            if (step.L2Norm() <= 1e-15 * (1 + Vector<double>.Build.DenseOfArray(point).L2Norm())) break;
        }
        return point;
    }
}
