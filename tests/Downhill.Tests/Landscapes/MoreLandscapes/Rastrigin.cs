namespace Downhill.Tests.Landscapes;

/// <summary>
/// Rastrigin's function, Q(w) = 10n + Σ (wᵢ² − 10 cos 2πwᵢ): an egg box of local minima near every
/// integer point, the global one at the origin (Q = 0). Gradient descent stops in whichever cup it starts in.
/// </summary>
internal sealed class Rastrigin : Landscape
{
    /// <summary>Rastrigin's function in <paramref name="dimensions"/> dimensions (2 for a surface).</summary>
    public Rastrigin(int dimensions = 2) => Dimensions = Guard.AtLeast(dimensions, 1, "Rastrigin's number of dimensions");

    /// <inheritdoc />
    public override string Name => "Rastrigin";

    /// <inheritdoc />
    public override int Dimensions { get; }

    /// <inheritdoc />
    public override string Formula => Dimensions switch
    {
        1 => "10 + x² − 10cos(2πx)",
        2 => "20 + x² − 10cos(2πx) + y² − 10cos(2πy)",
        _ => $"{10 * Dimensions} + Σ (wᵢ² − 10cos(2πwᵢ))",
    };

    /// <inheritdoc />
    public override double Value(double[] point)
    {
        CheckPoint(point);
        var value = 10.0 * Dimensions;
        foreach (var w in point) value += w * w - 10 * Math.Cos(2 * Math.PI * w);
        return value;
    }

    /// <summary>∂Q/∂wᵢ = 2wᵢ + 20π sin 2πwᵢ.</summary>
    public override double[] Gradient(double[] point)
    {
        CheckPoint(point);
        var gradient = new double[point.Length];
        for (var i = 0; i < point.Length; i++)
            gradient[i] = 2 * point[i] + 20 * Math.PI * Math.Sin(2 * Math.PI * point[i]);
        return gradient;
    }

    /// <summary>Diagonal: ∂²Q/∂wᵢ² = 2 + 40π² cos 2πwᵢ.</summary>
    public override double[,]? Hessian(double[] point)
    {
        CheckPoint(point);
        var hessian = new double[Dimensions, Dimensions];
        for (var i = 0; i < Dimensions; i++)
            hessian[i, i] = 2 + 40 * Math.PI * Math.PI * Math.Cos(2 * Math.PI * point[i]);
        return hessian;
    }

    /// <inheritdoc />
    public override IReadOnlyList<double[]> KnownMinima => [new double[Dimensions]];

    /// <inheritdoc />
    public override IReadOnlyList<(double Min, double Max)> PlotRange => Square(-5.12, 5.12, Dimensions);
}
