namespace Downhill;

/// <summary>
/// Himmelblau's function, Q(x, y) = (x² + y − 11)² + (x + y² − 7)²: four minima of equal depth
/// (Q = 0) at (3, 2), (−2.805, 3.131), (−3.779, −3.283) and (3.584, −1.848). Which one a run
/// finds depends on where it starts and how it moves.
/// </summary>
public sealed class Himmelblau : Landscape
{
    private static readonly double[][] Minima =
    [
        [3.0, 2.0],
        MinimumPolisher.Polish(new Himmelblau(), -2.805118, 3.131312),
        MinimumPolisher.Polish(new Himmelblau(), -3.779310, -3.283186),
        MinimumPolisher.Polish(new Himmelblau(), 3.584428, -1.848126),
    ];

    /// <inheritdoc />
    public override string Name => "Himmelblau";

    /// <inheritdoc />
    public override int Dimensions => 2;

    /// <inheritdoc />
    public override string Formula => "(x² + y − 11)² + (x + y² − 7)²";

    /// <inheritdoc />
    public override double Value(double[] point)
    {
        CheckPoint(point);
        var (x, y) = (point[0], point[1]);
        var u = x * x + y - 11;
        var v = x + y * y - 7;
        return u * u + v * v;
    }

    /// <summary>With u = x² + y − 11 and v = x + y² − 7: ∇Q = (4xu + 2v, 2u + 4yv).</summary>
    public override double[] Gradient(double[] point)
    {
        CheckPoint(point);
        var (x, y) = (point[0], point[1]);
        var u = x * x + y - 11;
        var v = x + y * y - 7;
        return [4 * x * u + 2 * v, 2 * u + 4 * y * v];
    }

    /// <summary>∇²Q = [[4u + 8x² + 2, 4x + 4y], [4x + 4y, 4v + 8y² + 2]].</summary>
    public override double[,]? Hessian(double[] point)
    {
        CheckPoint(point);
        var (x, y) = (point[0], point[1]);
        var u = x * x + y - 11;
        var v = x + y * y - 7;
        return new[,]
        {
            { 4 * u + 8 * x * x + 2, 4 * x + 4 * y },
            { 4 * x + 4 * y, 4 * v + 8 * y * y + 2 },
        };
    }

    /// <summary>All four minima (all with Q = 0); (3, 2) first.</summary>
    public override IReadOnlyList<double[]> KnownMinima => Minima.Select(m => (double[])m.Clone()).ToArray();

    /// <inheritdoc />
    public override IReadOnlyList<(double Min, double Max)> PlotRange => Square(-5, 5);
}
