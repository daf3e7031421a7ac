namespace Downhill;

/// <summary>
/// The loss landscape of fitting a line ŷ = w·x + b to data by mean squared error, as a map over (w, b):
/// Q(w, b) = mean((w·xᵢ + b − yᵢ)²), with ∂Q/∂w = mean(2(ŷᵢ − yᵢ)·xᵢ) and ∂Q/∂b = mean(2(ŷᵢ − yᵢ)).
/// It is a quadratic bowl, so its curvature (Hessian) is the same everywhere and its bottom is the
/// least-squares line. <see cref="Gradient(double[], IEnumerable{int})"/> gives the gradient over a few
/// examples only — a mini-batch.
/// </summary>
public sealed class LineFit : Landscape
{
    private readonly double[] x;
    private readonly double[] y;

    internal LineFit(double[] x, double[] y, IReadOnlyList<(double Min, double Max)>? plotRange, string? name)
    {
        Guard.NotNull(x, "the x values");
        Guard.NotNull(y, "the y values");
        if (x.Length != y.Length)
            throw new ArgumentException($"a line fit needs one y per x; got {x.Length} x value(s) and {y.Length} y value(s).");
        if (x.Length < 2)
            throw new ArgumentException($"a line fit needs at least two examples; got {x.Length}.");
        Guard.FiniteVector(x, "the x values");
        Guard.FiniteVector(y, "the y values");
        if (x.All(v => v == x[0]))
            throw new ArgumentException("a line fit needs at least two different x values; with one x every slope fits equally well.");
        this.x = (double[])x.Clone();
        this.y = (double[])y.Clone();
        Name = name ?? "MSE of the line w·x + b";
        Minimum = Solve();
        PlotRange = plotRange?.ToArray() ?? AroundMinimum();
    }

    /// <inheritdoc />
    public override string Name { get; }

    /// <inheritdoc />
    public override int Dimensions => 2;

    /// <inheritdoc />
    public override string Formula => "mean((w·xᵢ + b − yᵢ)²)";

    /// <summary>How many examples the loss averages over.</summary>
    public int Count => x.Length;

    /// <summary>The least-squares line (w*, b*): the bottom of the bowl.</summary>
    public double[] Minimum { get; }

    /// <inheritdoc />
    public override IReadOnlyList<(double Min, double Max)> PlotRange { get; }

    /// <summary>(w, b): the slope and the intercept of the line.</summary>
    public override IReadOnlyList<string> CoordinateNames => ["w", "b"];

    /// <inheritdoc />
    public override IReadOnlyList<double[]> KnownMinima => [(double[])Minimum.Clone()];

    /// <summary>True: a squared error of a line is a quadratic bowl.</summary>
    public override bool HasConstantCurvature => true;

    /// <inheritdoc />
    public override double Value(double[] point)
    {
        CheckPoint(point);
        var sum = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            var error = point[0] * x[i] + point[1] - y[i];
            sum += error * error;
        }
        return sum / x.Length;
    }

    /// <summary>∇Q(w, b) over every example.</summary>
    public override double[] Gradient(double[] point) => Gradient(point, Enumerable.Range(0, x.Length));

    /// <summary>∇Q(w, b) over the examples <paramref name="rows"/> only (a mini-batch): the same formula, a smaller mean.</summary>
    public double[] Gradient(double[] point, IEnumerable<int> rows)
    {
        CheckPoint(point);
        Guard.NotNull(rows, "the rows");
        double dw = 0, db = 0;
        var n = 0;
        foreach (var i in rows)
        {
            if (i < 0 || i >= x.Length)
                throw new ArgumentException($"row {i} is not one of the {x.Length} examples (0 to {x.Length - 1}).");
            var error = point[0] * x[i] + point[1] - y[i];
            dw += 2 * error * x[i];
            db += 2 * error;
            n++;
        }
        if (n == 0) throw new ArgumentException("a mini-batch needs at least one row.");
        return [dw / n, db / n];
    }

    /// <summary>The Hessian [[2·mean(x²), 2·mean(x)], [2·mean(x), 2]], the same at every point.</summary>
    public override double[,]? Hessian(double[] point)
    {
        CheckPoint(point);
        var meanX = x.Average();
        var meanXX = x.Average(v => v * v);
        return new[,] { { 2 * meanXX, 2 * meanX }, { 2 * meanX, 2.0 } };
    }

    // The normal equations of a line, solved directly: w* = cov(x, y) / var(x), b* = mean(y) − w*·mean(x).
    private double[] Solve()
    {
        var meanX = x.Average();
        var meanY = y.Average();
        double covariance = 0, variance = 0;
        for (var i = 0; i < x.Length; i++)
        {
            covariance += (x[i] - meanX) * (y[i] - meanY);
            variance += (x[i] - meanX) * (x[i] - meanX);
        }
        var w = covariance / variance;
        return [w, meanY - w * meanX];
    }

    // Wide enough to show the bowl around its bottom: twice the bottom's distance from zero, or at least ±1.
    private (double, double)[] AroundMinimum() =>
        Minimum.Select(m => { var half = Math.Max(1.0, 2 * Math.Abs(m)); return (m - half, m + half); }).ToArray();
}
