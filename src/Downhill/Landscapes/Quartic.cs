namespace Downhill;

/// <summary>
/// A tilted double well, Q(x) = x⁴ − 3x² + x: a shallow local minimum near x ≈ 1.13 beside a deeper
/// global one near x ≈ −1.30, with a hump between them. A ball started on the right settles in the
/// shallow one — the lesson that gradient descent only sees downhill, not the best valley.
/// </summary>
public sealed class Quartic : Landscape
{
    private static readonly double[][] Minima =
    [
        MinimumPolisher.Polish(new Quartic(), -1.3),
        MinimumPolisher.Polish(new Quartic(), 1.13),
    ];

    /// <inheritdoc />
    public override string Name => "Quartic";

    /// <inheritdoc />
    public override int Dimensions => 1;

    /// <inheritdoc />
    public override string Formula => "x⁴ − 3x² + x";

    /// <inheritdoc />
    public override double Value(double[] point)
    {
        CheckPoint(point);
        var x = point[0];
        var x2 = x * x;
        return x2 * x2 - 3 * x2 + x;
    }

    /// <inheritdoc />
    public override double[] Gradient(double[] point)
    {
        CheckPoint(point);
        var x = point[0];
        return [4 * x * x * x - 6 * x + 1];
    }

    /// <inheritdoc />
    public override double[,]? Hessian(double[] point)
    {
        CheckPoint(point);
        var x = point[0];
        return new[,] { { 12 * x * x - 6 } };
    }

    /// <summary>The global minimum (x ≈ −1.3008) first, then the shallow local one (x ≈ 1.1309).</summary>
    public override IReadOnlyList<double[]> KnownMinima => Minima.Select(m => (double[])m.Clone()).ToArray();

    /// <inheritdoc />
    public override IReadOnlyList<(double Min, double Max)> PlotRange => [(-2.2, 2.2)];
}
