namespace Downhill;

/// <summary>
/// A landscape made from two functions, Q(w) and ∇Q(w), for a loss of your own without writing a class:
/// <c>Landscape.FromFunctions("Tiny network", w => …, w => [… , …], plotRange: [(-2.5, 2.5), (-2.5, 2.5)])</c>.
/// </summary>
public sealed class CustomLandscape : Landscape
{
    private readonly Func<double[], double> value;
    private readonly Func<double[], double[]> gradient;

    internal CustomLandscape(
        string name, Func<double[], double> value, Func<double[], double[]> gradient,
        IReadOnlyList<(double Min, double Max)> plotRange, string formula, IReadOnlyList<double[]>? minima, IReadOnlyList<string>? coordinateNames)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("a landscape needs a name, e.g. \"Tiny network\".");
        this.value = Guard.NotNull(value, "the value function Q(w)");
        this.gradient = Guard.NotNull(gradient, "the gradient function ∇Q(w)");
        Guard.NotNull(plotRange, "the plot range");
        if (plotRange.Count == 0)
            throw new ArgumentException("a landscape needs a plot range per coordinate, e.g. [(-3, 3)] for a curve; got none.");
        foreach (var (min, max) in plotRange)
            if (!double.IsFinite(min) || !double.IsFinite(max) || min >= max)
                throw new ArgumentException($"each plot range must run from a smaller to a larger finite number; got ({Guard.Show(min)}, {Guard.Show(max)}).");
        Name = name;
        Formula = formula ?? "";
        PlotRange = plotRange.ToArray();
        KnownMinima = minima?.Select(m => (double[])m.Clone()).ToArray() ?? [];
        if (coordinateNames is not null && coordinateNames.Count != plotRange.Count)
            throw new ArgumentException($"a landscape needs one coordinate name per plot range ({plotRange.Count}); got {coordinateNames.Count}.");
        names = coordinateNames?.ToArray();
    }

    /// <inheritdoc />
    public override string Name { get; }

    /// <summary>One coordinate per plot range.</summary>
    public override int Dimensions => PlotRange.Count;

    /// <inheritdoc />
    public override string Formula { get; }

    /// <inheritdoc />
    public override IReadOnlyList<(double Min, double Max)> PlotRange { get; }

    /// <inheritdoc />
    public override IReadOnlyList<double[]> KnownMinima { get; }

    private readonly string[]? names;

    /// <inheritdoc />
    public override IReadOnlyList<string> CoordinateNames => names ?? base.CoordinateNames;

    /// <inheritdoc />
    public override double Value(double[] point)
    {
        CheckPoint(point);
        return value(point);
    }

    /// <inheritdoc />
    public override double[] Gradient(double[] point)
    {
        CheckPoint(point);
        return gradient(point);
    }
}
