namespace Downhill.Tests;

/// <summary>Small made-up datasets for the library's tests (lessons use real data, and lesson 08 <see cref="Synthetic"/>).</summary>
internal static class TestData
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

    /// <summary>One kind of optimizer at several learning rates, one run each, in order.</summary>
    public static IReadOnlyList<Trajectory> RunsAtRates(Landscape landscape, Func<double, Optimizer> makeOptimizer, double[] rates, double[] start, int steps) =>
        rates.Select(rate => Descent.Run(landscape, makeOptimizer(rate), start, steps)).ToArray();
}
