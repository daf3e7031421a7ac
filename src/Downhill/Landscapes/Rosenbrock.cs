namespace Downhill;

/// <summary>
/// Rosenbrock's banana valley, Q(x, y) = (a − x)² + b(y − x²)², minimum at (a, a²). The valley floor
/// is easy to reach and hard to follow: the curvature across it is about 200 times the curvature along it.
/// </summary>
public sealed class Rosenbrock : Landscape
{
    /// <summary>The banana valley; PyTorch's and most textbooks' choice is a = 1, b = 100.</summary>
    public Rosenbrock(double a = 1, double b = 100)
    {
        A = Guard.Finite(a, "Rosenbrock's a");
        B = Guard.Positive(b, "Rosenbrock's b");
    }

    /// <summary>The a in (a − x)²; the minimum is at (a, a²).</summary>
    public double A { get; }

    /// <summary>The b in b(y − x²)²: how steep the valley walls are.</summary>
    public double B { get; }

    /// <inheritdoc />
    public override string Name => "Rosenbrock";

    /// <inheritdoc />
    public override int Dimensions => 2;

    /// <inheritdoc />
    public override string Formula =>
        $"({(A == 1 ? "1" : Terms.Number(A))} − x)² + {Terms.Number(B)}(y − x²)²";

    /// <inheritdoc />
    public override double Value(double[] point)
    {
        CheckPoint(point);
        var (x, y) = (point[0], point[1]);
        var u = A - x;
        var v = y - x * x;
        return u * u + B * v * v;
    }

    /// <summary>∇Q = (−2(a − x) − 4bx(y − x²), 2b(y − x²)).</summary>
    public override double[] Gradient(double[] point)
    {
        CheckPoint(point);
        var (x, y) = (point[0], point[1]);
        var v = y - x * x;
        return [-2 * (A - x) - 4 * B * x * v, 2 * B * v];
    }

    /// <summary>∇²Q = [[2 − 4by + 12bx², −4bx], [−4bx, 2b]].</summary>
    public override double[,]? Hessian(double[] point)
    {
        CheckPoint(point);
        var (x, y) = (point[0], point[1]);
        return new[,]
        {
            { 2 - 4 * B * y + 12 * B * x * x, -4 * B * x },
            { -4 * B * x, 2 * B },
        };
    }

    /// <inheritdoc />
    public override IReadOnlyList<double[]> KnownMinima => [[A, A * A]];

    /// <inheritdoc />
    public override IReadOnlyList<(double Min, double Max)> PlotRange => [(A - 3, A + 1.5), (A * A - 2, A * A + 3)];
}
