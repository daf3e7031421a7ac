namespace Downhill;

/// <summary>
/// Made-up data for a lesson where real data would distract (lesson 08's two moons). Each takes a seed: the same
/// seed gives bit-identical data on every machine.
/// </summary>
public static class Synthetic
{
    /// <summary>
    /// Two interleaving half circles (scikit-learn's make_moons): class 0 on the upper arc (cos t, sin t),
    /// class 1 on the lower arc (1 − cos t, 0.5 − sin t), t evenly spaced over [0, π], plus Gaussian noise
    /// with standard deviation <paramref name="noise"/> on both coordinates. No straight line separates them.
    /// </summary>
    /// <param name="seed">Decides the noise.</param>
    /// <param name="count">Points in total (class 0 gets the extra one when odd).</param>
    /// <param name="noise">The noise's standard deviation.</param>
    public static Dataset TwoMoons(int seed, int count = 200, double noise = 0.1)
    {
        if (count < 4)
            throw new ArgumentException($"Two moons need at least 4 points (two per arc); got {count}.");
        Guard.NonNegative(noise, "the noise");
        var random = new Random(seed);
        var upper = (count + 1) / 2;
        var lower = count - upper;
        var values = new double[2 * count];
        var targets = new double[count];
        for (var i = 0; i < count; i++)
        {
            var onUpper = i < upper;
            var t = onUpper ? Math.PI * i / (upper - 1) : Math.PI * (i - upper) / (lower - 1);
            var (x, y) = onUpper ? (Math.Cos(t), Math.Sin(t)) : (1 - Math.Cos(t), 0.5 - Math.Sin(t));
            values[2 * i] = x + noise * Gaussian.Next(random);
            values[2 * i + 1] = y + noise * Gaussian.Next(random);
            targets[i] = onUpper ? 0 : 1;
        }
        return new Dataset(values, 2, targets, ["x1", "x2"], "moon", ["upper moon", "lower moon"], $"two moons (seed {seed})");
    }
}
