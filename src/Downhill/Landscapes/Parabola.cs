namespace Downhill;

/// <summary>The simplest curve: Q(x) = a(x − c)², one minimum at x = c with curvature 2a everywhere.</summary>
public sealed class Parabola : Landscape
{
    /// <summary>A parabola Q(x) = a(x − c)²; <paramref name="a"/> must be positive so it has a minimum.</summary>
    public Parabola(double a = 1, double center = 0)
    {
        A = Guard.Positive(a, "the parabola's coefficient a");
        Center = Guard.Finite(center, "the parabola's center");
    }

    /// <summary>The coefficient a in a(x − c)².</summary>
    public double A { get; }

    /// <summary>The center c, where the minimum is.</summary>
    public double Center { get; }

    /// <inheritdoc />
    public override string Name => "Parabola";

    /// <inheritdoc />
    public override int Dimensions => 1;

    /// <inheritdoc />
    public override string Formula => Terms.Product(A, Center == 0 ? "x²" : $"(x {Terms.Shift(Center)})²");

    /// <inheritdoc />
    public override double Value(double[] point)
    {
        CheckPoint(point);
        var d = point[0] - Center;
        return A * d * d;
    }

    /// <inheritdoc />
    public override double[] Gradient(double[] point)
    {
        CheckPoint(point);
        return [2 * A * (point[0] - Center)];
    }

    /// <inheritdoc />
    public override double[,]? Hessian(double[] point)
    {
        CheckPoint(point);
        return new[,] { { 2 * A } };
    }

    /// <inheritdoc />
    public override IReadOnlyList<double[]> KnownMinima => [[Center]];

    /// <summary>True: the curvature is the same everywhere.</summary>
    public override bool HasConstantCurvature => true;

    /// <inheritdoc />
    public override IReadOnlyList<(double Min, double Max)> PlotRange => [(Center - 3, Center + 3)];
}
