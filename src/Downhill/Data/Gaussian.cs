namespace Downhill;

/// <summary>
/// Standard normal samples by the Box–Muller transform, written out here (rather than taken from a
/// statistics package) so the numbers a seed produces can never change under us.
/// </summary>
internal static class Gaussian
{
    /// <summary>One sample from N(0, 1).</summary>
    public static double Next(Random random)
    {
        var u1 = 1.0 - random.NextDouble(); // in (0, 1], so the logarithm is finite
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
