namespace Downhill;

/// <summary>
/// How a 2-D landscape's height is shown: as Q itself, or as log₁₀(1 + Q − min) when Q spans many
/// orders of magnitude (Rosenbrock's valley is invisible on a linear scale next to its 2500-high walls);
/// <c>floor</c> is that min, the lowest Q on the grid.
/// </summary>
internal sealed class LandscapeLevels(double[] xs, double[] ys, double[,] z, bool isLog, double floor)
{
    /// <summary>Points per side of a contour chart's grid, unless the chart is told otherwise.</summary>
    public const int ContourGrid = 100;

    public double[] Xs { get; } = xs;

    public double[] Ys { get; } = ys;

    /// <summary>The height drawn at each grid point: z[row, column] over (Xs[column], Ys[row]).</summary>
    public double[,] Z { get; } = z;

    public bool IsLog { get; } = isLog;

    public string Label => IsLog ? "log₁₀(1 + Q − min)" : "Q";

    public double Height(double q) => IsLog ? Math.Log10(1 + Math.Max(0, q - floor)) : q;

    public static LandscapeLevels Of(Landscape surface, int samples = ContourGrid,
        IReadOnlyList<(double Min, double Max)>? range = null)
    {
        var (x0, x1) = (range ?? surface.PlotRange)[0];
        var (y0, y1) = (range ?? surface.PlotRange)[1];
        var xs = Sampling.Linspace(x0, x1, samples);
        var ys = Sampling.Linspace(y0, y1, samples);
        var raw = Sampling.Grid(surface.Value, xs, ys);
        var values = raw.Cast<double>().Where(double.IsFinite).OrderBy(v => v).ToArray();
        if (values.Length == 0)
            throw new ArgumentException($"{surface.Name} has no finite value anywhere in its plot range, so there is nothing to draw.");
        var min = values[0];
        var low = values[values.Length / 20];
        var max = values[^1];
        // Log levels when the highest point is 300 times further above the minimum than the lowest 5% of the
        // region: true for Rosenbrock (≈1100) and Beale (≈50 000), whose valleys vanish on a linear scale,
        // false for bowls, Himmelblau and Rastrigin (under 100).
        var log = (max - min) > 300 * Math.Max(low - min, 1e-12);
        if (!log) return new LandscapeLevels(xs, ys, raw, false, min);
        var z = new double[ys.Length, xs.Length];
        for (var r = 0; r < ys.Length; r++)
            for (var c = 0; c < xs.Length; c++)
                z[r, c] = Math.Log10(1 + Math.Max(0, raw[r, c] - min));
        return new LandscapeLevels(xs, ys, z, true, min);
    }
}
