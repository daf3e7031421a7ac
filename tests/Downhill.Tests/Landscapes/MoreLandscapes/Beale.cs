namespace Downhill.Tests.Landscapes;

/// <summary>
/// Beale's function, Q(x, y) = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)², minimum 0 at
/// (3, 0.5): a flat basin walled by very steep ridges near the corners, hard on fixed step sizes.
/// </summary>
internal sealed class Beale : Landscape
{
    private static readonly double[] Constants = [1.5, 2.25, 2.625];

    /// <inheritdoc />
    public override string Name => "Beale";

    /// <inheritdoc />
    public override int Dimensions => 2;

    /// <inheritdoc />
    public override string Formula => "(1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²";

    /// <inheritdoc />
    public override double Value(double[] point)
    {
        CheckPoint(point);
        var (x, y) = (point[0], point[1]);
        var value = 0.0;
        var yPower = 1.0;
        for (var i = 0; i < 3; i++)
        {
            yPower *= y;
            var t = Constants[i] - x + x * yPower;
            value += t * t;
        }
        return value;
    }

    /// <summary>
    /// With tᵢ = cᵢ − x + xyⁱ (i = 1, 2, 3): ∂Q/∂x = 2Σ tᵢ(yⁱ − 1), ∂Q/∂y = 2Σ tᵢ·i·x·yⁱ⁻¹.
    /// </summary>
    public override double[] Gradient(double[] point)
    {
        CheckPoint(point);
        var (x, y) = (point[0], point[1]);
        double gx = 0, gy = 0, yPrevious = 1;
        for (var i = 1; i <= 3; i++)
        {
            var yPower = yPrevious * y;
            var t = Constants[i - 1] - x + x * yPower;
            gx += 2 * t * (yPower - 1);
            gy += 2 * t * i * x * yPrevious;
            yPrevious = yPower;
        }
        return [gx, gy];
    }

    /// <summary>
    /// ∇²Q = 2Σ (∇tᵢ ∇tᵢᵀ + tᵢ∇²tᵢ), with ∇tᵢ = (yⁱ − 1, i·x·yⁱ⁻¹) and
    /// ∇²tᵢ = [[0, i·yⁱ⁻¹], [i·yⁱ⁻¹, i(i − 1)·x·yⁱ⁻²]].
    /// </summary>
    public override double[,]? Hessian(double[] point)
    {
        CheckPoint(point);
        var (x, y) = (point[0], point[1]);
        double hxx = 0, hxy = 0, hyy = 0;
        for (var i = 1; i <= 3; i++)
        {
            var yPower = Math.Pow(y, i);
            var yBelow = Math.Pow(y, i - 1);
            var yTwoBelow = i >= 2 ? Math.Pow(y, i - 2) : 0;
            var t = Constants[i - 1] - x + x * yPower;
            var dx = yPower - 1;
            var dy = i * x * yBelow;
            hxx += 2 * dx * dx;
            hxy += 2 * (dx * dy + t * i * yBelow);
            hyy += 2 * (dy * dy + t * i * (i - 1) * x * yTwoBelow);
        }
        return new[,] { { hxx, hxy }, { hxy, hyy } };
    }

    /// <inheritdoc />
    public override IReadOnlyList<double[]> KnownMinima => [[3.0, 0.5]];

    /// <inheritdoc />
    public override IReadOnlyList<(double Min, double Max)> PlotRange => Square(-4.5, 4.5);
}
