namespace Downhill;

/// <summary>
/// A wavy bowl, Q(x) = 0.1x² − cos(2x): five valleys between −7 and 7, the deepest at x = 0 and
/// shallower ones near ±2.98 and ±5.9. Where the ball ends depends on where it starts — the
/// curve behind the basin map.
/// </summary>
public sealed class ManyValleys : Landscape
{
    private static readonly double[][] Minima =
    [
        [0.0],
        MinimumPolisher.Polish(new ManyValleys(), -2.98),
        MinimumPolisher.Polish(new ManyValleys(), 2.98),
        MinimumPolisher.Polish(new ManyValleys(), -5.9),
        MinimumPolisher.Polish(new ManyValleys(), 5.9),
    ];

    /// <inheritdoc />
    public override string Name => "Many valleys";

    /// <inheritdoc />
    public override int Dimensions => 1;

    /// <inheritdoc />
    public override string Formula => "0.1x² − cos(2x)";

    /// <inheritdoc />
    public override double Value(double[] point)
    {
        CheckPoint(point);
        var x = point[0];
        return 0.1 * x * x - Math.Cos(2 * x);
    }

    /// <inheritdoc />
    public override double[] Gradient(double[] point)
    {
        CheckPoint(point);
        var x = point[0];
        return [0.2 * x + 2 * Math.Sin(2 * x)];
    }

    /// <inheritdoc />
    public override double[,]? Hessian(double[] point)
    {
        CheckPoint(point);
        return new[,] { { 0.2 + 4 * Math.Cos(2 * point[0]) } };
    }

    /// <summary>The global minimum at 0 first, then the valleys near ±2.98 and ±5.9.</summary>
    public override IReadOnlyList<double[]> KnownMinima => Minima.Select(m => (double[])m.Clone()).ToArray();

    /// <inheritdoc />
    public override IReadOnlyList<(double Min, double Max)> PlotRange => [(-7, 7)];
}
