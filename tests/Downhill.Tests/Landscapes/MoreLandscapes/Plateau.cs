namespace Downhill.Tests.Landscapes;

/// <summary>
/// A flat plain with a well in the middle, Q(x) = 1 − e^(−x²). Beyond |x| ≈ 2.5 the slope is almost
/// zero (at x = 4 it is about 9e-7), so plain gradient descent crawls there for thousands of steps
/// before it finds the drop; adaptive methods and momentum get across much sooner.
/// </summary>
internal sealed class Plateau : Landscape
{
    /// <inheritdoc />
    public override string Name => "Plateau";

    /// <inheritdoc />
    public override int Dimensions => 1;

    /// <inheritdoc />
    public override string Formula => "1 − e^(−x²)";

    /// <inheritdoc />
    public override double Value(double[] point)
    {
        CheckPoint(point);
        var x = point[0];
        return 1 - Math.Exp(-x * x);
    }

    /// <inheritdoc />
    public override double[] Gradient(double[] point)
    {
        CheckPoint(point);
        var x = point[0];
        return [2 * x * Math.Exp(-x * x)];
    }

    /// <inheritdoc />
    public override double[,]? Hessian(double[] point)
    {
        CheckPoint(point);
        var x = point[0];
        return new[,] { { (2 - 4 * x * x) * Math.Exp(-x * x) } };
    }

    /// <inheritdoc />
    public override IReadOnlyList<double[]> KnownMinima => [[0.0]];

    /// <inheritdoc />
    public override IReadOnlyList<(double Min, double Max)> PlotRange => [(-5, 5)];
}
