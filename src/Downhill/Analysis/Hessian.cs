namespace Downhill;

/// <summary>
/// Second derivatives of a loss from its gradient: the Hessian H (how each slope changes along each direction) by
/// central differences of ∇Q, and, without forming H at all, the product H·v and H's largest eigenvalue by power
/// iteration — how curvature is measured on networks too big for the whole matrix.
/// </summary>
public static class Hessian
{
    /// <summary>The default step for differencing the gradient: large enough that rounding does not swamp it.</summary>
    public const double DefaultStep = 1e-4;

    /// <summary>
    /// H at <paramref name="point"/>, column i being (∇Q(w + h·eᵢ) − ∇Q(w − h·eᵢ)) / 2h, then made exactly symmetric
    /// by averaging H and Hᵀ (they differ only by rounding). Costs 2P gradients for P parameters.
    /// </summary>
    public static double[,] Of(Func<double[], double[]> gradient, double[] point, double step = DefaultStep)
    {
        Guard.NotNull(gradient, "the gradient function");
        Guard.FiniteVector(point, "the point");
        Guard.Positive(step, "the finite-difference step h");
        var n = point.Length;
        var h = new double[n, n];
        var probe = (double[])point.Clone();
        for (var i = 0; i < n; i++)
        {
            probe[i] = point[i] + step;
            var above = Checked(gradient(probe), n);
            probe[i] = point[i] - step;
            var below = Checked(gradient(probe), n);
            probe[i] = point[i];
            for (var j = 0; j < n; j++) h[j, i] = (above[j] - below[j]) / (2 * step);
        }
        for (var i = 0; i < n; i++)
            for (var j = i + 1; j < n; j++)
                h[i, j] = h[j, i] = (h[i, j] + h[j, i]) / 2;
        return h;
    }

    /// <summary>H·v ≈ (∇Q(w + h·v) − ∇Q(w − h·v)) / 2h: the curvature along v, for two gradients, whatever the size of H.</summary>
    public static double[] VectorProduct(Func<double[], double[]> gradient, double[] point, double[] direction, double step = DefaultStep)
    {
        Guard.NotNull(gradient, "the gradient function");
        Guard.FiniteVector(point, "the point");
        Guard.FiniteVector(direction, "the direction");
        Guard.SameLength(point, direction, "the point", "the direction");
        var n = point.Length;
        var above = Checked(gradient(point.Select((w, k) => w + step * direction[k]).ToArray()), n);
        var below = Checked(gradient(point.Select((w, k) => w - step * direction[k]).ToArray()), n);
        return above.Select((a, k) => (a - below[k]) / (2 * step)).ToArray();
    }

    /// <summary>
    /// The eigenvalue of H largest in size (the sharpness, when it is positive) by power iteration: start from a
    /// seeded random unit vector v, repeat v ← H·v / ‖H·v‖, and read λ = v·H·v. Stops when λ changes by less than
    /// 1e-6 of itself, or after <paramref name="iterations"/> products.
    /// </summary>
    public static double LargestEigenvalue(Func<double[], double[]> gradient, double[] point, int iterations = 100, int seed = 0)
    {
        Guard.FiniteVector(point, "the point");
        Guard.AtLeast(iterations, 1, "the number of iterations");
        var random = new Random(seed);
        var v = Normalized(point.Select(_ => Gaussian.Next(random)).ToArray());
        var lambda = 0.0;
        for (var k = 0; k < iterations; k++)
        {
            var hv = VectorProduct(gradient, point, v);
            var next = Vectors.Dot(v, hv);
            var norm = Math.Sqrt(Vectors.Dot(hv, hv));
            if (norm == 0) return 0; // v is in H's null space: every curvature it sees is 0
            v = hv.Select(x => x / norm).ToArray();
            var settled = k > 0 && Math.Abs(next - lambda) <= 1e-6 * Math.Abs(next);
            lambda = next;
            if (settled) break;
        }
        return lambda;
    }

    private static double[] Normalized(double[] v)
    {
        var norm = Math.Sqrt(Vectors.Dot(v, v));
        return v.Select(x => x / norm).ToArray();
    }

    private static double[] Checked(double[]? g, int n)
    {
        if (g is null || g.Length != n)
            throw new ArgumentException($"the gradient function must return one value per coordinate ({n}); it returned {g?.Length.ToString() ?? "null"}.");
        return g;
    }
}
