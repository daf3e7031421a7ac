namespace Downhill;

/// <summary>Theory's best momentum for a quadratic with curvatures μ ≤ L (Polyak's heavy ball).</summary>
internal static class PhaseOptimum
{
    /// <summary>α* = (2/(√L + √μ))², β* = ((√κ − 1)/(√κ + 1))² with κ = L/μ.</summary>
    public static (double Alpha, double Beta) Theory(double largest, double smallest)
    {
        if (!(smallest > 0) || !(largest >= smallest))
            throw new ArgumentException($"theory's momentum optimum needs curvatures 0 < μ ≤ L; got μ = {Guard.Show(smallest)}, L = {Guard.Show(largest)}.");
        var root = Math.Sqrt(largest / smallest);
        return (Math.Pow(2 / (Math.Sqrt(largest) + Math.Sqrt(smallest)), 2), Math.Pow((root - 1) / (root + 1), 2));
    }
}
