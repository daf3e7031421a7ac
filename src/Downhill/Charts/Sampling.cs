namespace Downhill;

/// <summary>Evenly spaced samples of a range and of a function over a grid, for curves, contours and surfaces.</summary>
internal static class Sampling
{
    public static double[] Linspace(double min, double max, int count)
    {
        var values = new double[count];
        for (var i = 0; i < count; i++) values[i] = count == 1 ? min : min + (max - min) * i / (count - 1);
        return values;
    }

    /// <summary>f on a grid: z[row, column] = f(xs[column], ys[row]), the layout plotly expects (one point array, reused).</summary>
    public static double[,] Grid(Func<double[], double> f, double[] xs, double[] ys)
    {
        var z = new double[ys.Length, xs.Length];
        var point = new double[2];
        for (var row = 0; row < ys.Length; row++)
            for (var column = 0; column < xs.Length; column++)
            {
                point[0] = xs[column];
                point[1] = ys[row];
                z[row, column] = f(point);
            }
        return z;
    }

    /// <summary>Whether (x, y) lies in the view, its edges included.</summary>
    public static bool Inside(double x, double y, (double Min, double Max) xView, (double Min, double Max) yView) =>
        x >= xView.Min && x <= xView.Max && y >= yView.Min && y <= yView.Max;

    /// <summary>The (min, max) of the finite values, or null when there are none.</summary>
    public static (double Min, double Max)? FiniteExtent(IEnumerable<double> values)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var v in values)
        {
            if (!double.IsFinite(v)) continue;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }
        return min <= max ? (min, max) : null;
    }

    /// <summary>Widens a range by a fraction on each side (and gives a flat range some height).</summary>
    public static (double Min, double Max) Pad((double Min, double Max) range, double fraction = 0.05)
    {
        var width = range.Max - range.Min;
        if (width <= 0) width = Math.Max(Math.Abs(range.Min), 1.0);
        return (range.Min - width * fraction, range.Max + width * fraction);
    }
}
