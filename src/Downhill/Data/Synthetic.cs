namespace Downhill;

/// <summary>
/// Small made-up datasets for lessons where real data would distract. Each takes a seed: the same seed
/// gives bit-identical data on every machine.
/// </summary>
internal static class Synthetic
{
    /// <summary>
    /// Points scattered around the line y = slope·x + intercept: x uniform in [xMin, xMax), plus Gaussian noise
    /// with standard deviation <paramref name="noise"/> on y. One feature "x", target "y".
    /// </summary>
    /// <param name="seed">Decides x and the noise.</param>
    /// <param name="count">How many points.</param>
    /// <param name="slope">The true slope.</param>
    /// <param name="intercept">The true intercept.</param>
    /// <param name="noise">The noise's standard deviation (0 for points exactly on the line).</param>
    /// <param name="xMin">The smallest x.</param>
    /// <param name="xMax">The largest x (exclusive).</param>
    public static Dataset NoisyLine(int seed, int count = 100, double slope = 2, double intercept = 1, double noise = 1, double xMin = 0, double xMax = 10)
    {
        Guard.AtLeast(count, 1, "the number of points");
        Guard.Finite(slope, "the slope");
        Guard.Finite(intercept, "the intercept");
        Guard.NonNegative(noise, "the noise");
        Guard.Finite(xMin, "xMin");
        Guard.Finite(xMax, "xMax");
        if (!(xMax > xMin))
            throw new ArgumentException($"xMax must be larger than xMin; got xMin = {xMin}, xMax = {xMax}.");
        var random = new Random(seed);
        var x = new double[count];
        var y = new double[count];
        for (var i = 0; i < count; i++)
        {
            x[i] = xMin + (xMax - xMin) * random.NextDouble();
            y[i] = slope * x[i] + intercept + noise * Gaussian.Next(random);
        }
        return new Dataset(x, 1, y, ["x"], "y", [], $"noisy line y = {slope}x + {intercept} (seed {seed})");
    }

    /// <summary>
    /// Two round Gaussian clouds in the plane, class 0 centred at (−distance/2, 0) and class 1 at (+distance/2, 0),
    /// each with standard deviation <paramref name="spread"/>. Features "x1", "x2"; classes "blob 0", "blob 1".
    /// </summary>
    /// <param name="seed">Decides the points.</param>
    /// <param name="countPerClass">Points in each blob.</param>
    /// <param name="distance">How far apart the centres are.</param>
    /// <param name="spread">Each blob's standard deviation.</param>
    public static Dataset TwoBlobs(int seed, int countPerClass = 100, double distance = 4, double spread = 1)
    {
        Guard.AtLeast(countPerClass, 1, "the number of points per class");
        Guard.NonNegative(distance, "the distance between the blobs");
        Guard.Positive(spread, "the spread");
        var random = new Random(seed);
        var values = new double[4 * countPerClass];
        var targets = new double[2 * countPerClass];
        for (var i = 0; i < targets.Length; i++)
        {
            var label = i < countPerClass ? 0 : 1;
            values[2 * i] = (label == 0 ? -distance : distance) / 2 + spread * Gaussian.Next(random);
            values[2 * i + 1] = spread * Gaussian.Next(random);
            targets[i] = label;
        }
        return new Dataset(values, 2, targets, ["x1", "x2"], "blob", ["blob 0", "blob 1"], $"two blobs (seed {seed})");
    }

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
