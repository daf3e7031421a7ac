namespace Downhill;

/// <summary>
/// The monkey saddle, Q(x, y) = x³ − 3xy²: flat to second order at the origin (gradient and Hessian
/// both zero there) with three valleys going down — room for two legs and a tail. No minimum.
/// </summary>
public sealed class MonkeySaddle : Landscape
{
    /// <inheritdoc />
    public override string Name => "Monkey saddle";

    /// <inheritdoc />
    public override int Dimensions => 2;

    /// <inheritdoc />
    public override string Formula => "x³ − 3xy²";

    /// <inheritdoc />
    public override double Value(double[] point)
    {
        CheckPoint(point);
        var (x, y) = (point[0], point[1]);
        return x * x * x - 3 * x * y * y;
    }

    /// <summary>∇Q = (3x² − 3y², −6xy).</summary>
    public override double[] Gradient(double[] point)
    {
        CheckPoint(point);
        var (x, y) = (point[0], point[1]);
        return [3 * x * x - 3 * y * y, -6 * x * y];
    }

    /// <summary>∇²Q = [[6x, −6y], [−6y, −6x]]: zero at the origin.</summary>
    public override double[,]? Hessian(double[] point)
    {
        CheckPoint(point);
        var (x, y) = (point[0], point[1]);
        return new[,] { { 6 * x, -6 * y }, { -6 * y, -6 * x } };
    }

    /// <inheritdoc />
    public override IReadOnlyList<(double Min, double Max)> PlotRange => Square(-1.5, 1.5);
}
