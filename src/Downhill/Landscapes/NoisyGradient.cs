namespace Downhill;

/// <summary>
/// A landscape whose gradient is measured with noise: ∇Q(w) + σ·ε, ε ~ N(0, I) drawn fresh at every call — what
/// stochastic gradient descent sees when each step looks at a random mini-batch instead of all the data. Q(w) itself is
/// the true, noiseless loss, so a chart of Q shows where the ball really is.
/// Made by <c>Landscape.WithGradientNoise(Landscape.Parabola(2), noise: 1, seed: 7)</c>.
/// </summary>
/// <remarks>
/// Every gradient call draws new noise, so one instance gives one run: make a fresh one (same seed, same run) for each
/// run you want to repeat, and different seeds for independent runs.
/// </remarks>
public sealed class NoisyGradient : Landscape
{
    private readonly Landscape inner;
    private readonly Random random;

    internal NoisyGradient(Landscape landscape, double noise, int seed)
    {
        inner = Guard.NotNull(landscape, "the landscape");
        Noise = Guard.NonNegative(noise, "the gradient noise σ");
        Seed = seed;
        random = new Random(seed);
    }

    /// <summary>σ, the standard deviation of the noise added to each coordinate of the gradient.</summary>
    public double Noise { get; }

    /// <summary>The seed that decides the noise.</summary>
    public int Seed { get; }

    /// <inheritdoc />
    public override string Name => $"{inner.Name}, noisy gradient (σ = {Guard.Show(Noise)})";

    /// <inheritdoc />
    public override int Dimensions => inner.Dimensions;

    /// <inheritdoc />
    public override string Formula => inner.Formula;

    /// <summary>The true loss Q(w), without noise.</summary>
    public override double Value(double[] point) => inner.Value(point);

    /// <summary>∇Q(w) + σ·ε: the true gradient plus fresh Gaussian noise on each coordinate.</summary>
    public override double[] Gradient(double[] point)
    {
        var gradient = inner.Gradient(point);
        for (var i = 0; i < gradient.Length; i++) gradient[i] += Noise * Gaussian.Next(random);
        return gradient;
    }

    /// <inheritdoc />
    public override double[,]? Hessian(double[] point) => inner.Hessian(point);

    /// <inheritdoc />
    public override bool HasConstantCurvature => inner.HasConstantCurvature;

    /// <inheritdoc />
    public override IReadOnlyList<double[]> KnownMinima => inner.KnownMinima;

    /// <inheritdoc />
    public override IReadOnlyList<string> CoordinateNames => inner.CoordinateNames;

    /// <inheritdoc />
    public override IReadOnlyList<(double Min, double Max)> PlotRange => inner.PlotRange;
}
