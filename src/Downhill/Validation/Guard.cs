using System.Globalization;

namespace Downhill;

/// <summary>
/// The library's one place for input checks, the charts' included. Each check throws an <see cref="ArgumentException"/>
/// whose message is a single sentence a student can act on, e.g.
/// "learning rate must be a positive, finite number; got NaN".
/// No parameter name is attached on purpose: .NET would append "(Parameter 'x')" to the sentence.
/// </summary>
internal static class Guard
{
    /// <summary>
    /// Formats a number the same way in every message, whatever the machine's culture: six significant
    /// digits, exponents written as a student writes them (1e12, 1e-6, not 1E+12, 1E-06).
    /// </summary>
    public static string Show(double value) => value switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "∞",
        double.NegativeInfinity => "-∞",
        _ => TidyExponent(value.ToString("G6", CultureInfo.InvariantCulture)),
    };

    private static string TidyExponent(string text)
    {
        var e = text.IndexOf('E');
        if (e < 0) return text;
        var exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return $"{text[..e]}e{exponent.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>A learning rate α: positive and finite.</summary>
    public static double LearningRate(double value, string what = "learning rate") => Positive(value, what);

    /// <summary>A positive, finite number.</summary>
    public static double Positive(double value, string what)
    {
        if (!double.IsFinite(value) || value <= 0)
            throw new ArgumentException($"{what} must be a positive, finite number; got {Show(value)}.");
        return value;
    }

    /// <summary>A finite number that may be zero but not negative.</summary>
    public static double NonNegative(double value, string what)
    {
        if (!double.IsFinite(value) || value < 0)
            throw new ArgumentException($"{what} must be a finite number of at least 0; got {Show(value)}.");
        return value;
    }

    /// <summary>Any finite number.</summary>
    public static double Finite(double value, string what)
    {
        if (!double.IsFinite(value))
            throw new ArgumentException($"{what} must be a finite number; got {Show(value)}.");
        return value;
    }

    /// <summary>A number in [low, high) — e.g. a momentum or a decay rate β in [0, 1).</summary>
    public static double InHalfOpenRange(double value, double low, double high, string what)
    {
        if (!double.IsFinite(value) || value < low || value >= high)
            throw new ArgumentException($"{what} must be at least {Show(low)} and below {Show(high)}; got {Show(value)}.");
        return value;
    }

    /// <summary>A number in (0, 1] — e.g. a decay factor γ.</summary>
    public static double Fraction(double value, string what)
    {
        if (!double.IsFinite(value) || value <= 0 || value > 1)
            throw new ArgumentException($"{what} must be above 0 and at most 1; got {Show(value)}.");
        return value;
    }

    /// <summary>A whole number of at least <paramref name="minimum"/> (a step count, a window size).</summary>
    public static int AtLeast(int value, int minimum, string what)
    {
        if (value < minimum)
            throw new ArgumentException($"{what} must be at least {minimum}; got {value}.");
        return value;
    }

    /// <summary>A non-null, non-empty array of finite numbers.</summary>
    public static double[] FiniteVector(double[]? values, string what)
    {
        NotEmpty(values, what);
        for (var i = 0; i < values!.Length; i++)
        {
            if (!double.IsFinite(values[i]))
                throw new ArgumentException($"{what} must contain only finite numbers; got {Show(values[i])} at position {i}.");
        }
        return values;
    }

    /// <summary>A non-null, non-empty array.</summary>
    public static T[] NotEmpty<T>(T[]? values, string what)
    {
        if (values is null)
            throw new ArgumentException($"{what} must be given; got null.");
        if (values.Length == 0)
            throw new ArgumentException($"{what} must not be empty; give at least one value.");
        return values;
    }

    /// <summary>A non-null reference.</summary>
    public static T NotNull<T>(T? value, string what) where T : class =>
        value ?? throw new ArgumentException($"{what} must be given; got null.");

    /// <summary>Two arrays that must pair up element by element.</summary>
    public static void SameLength<TA, TB>(TA[] first, TB[] second, string firstWhat, string secondWhat)
    {
        if (first.Length != second.Length)
            throw new ArgumentException(
                $"{firstWhat} and {secondWhat} must have the same length; got {first.Length} and {second.Length}.");
    }

    /// <summary>A vector that must have exactly <paramref name="expected"/> entries.</summary>
    public static void Length<T>(T[]? values, int expected, string what)
    {
        NotNull(values, what);
        if (values!.Length != expected)
            throw new ArgumentException($"{what} must have {expected} value(s); got {values.Length}.");
    }

    /// <summary>A square matrix of finite numbers (a Hessian, a curvature matrix).</summary>
    public static double[,] SquareMatrix(double[,]? values, string what)
    {
        if (values is null)
            throw new ArgumentException($"{what} must be given; got null.");
        if (values.GetLength(0) == 0 || values.GetLength(1) == 0)
            throw new ArgumentException($"{what} must not be empty; give at least one row and one column.");
        for (var i = 0; i < values.GetLength(0); i++)
        for (var j = 0; j < values.GetLength(1); j++)
        {
            if (!double.IsFinite(values[i, j]))
                throw new ArgumentException($"{what} must contain only finite numbers; got {Show(values[i, j])} at row {i}, column {j}.");
        }
        if (values.GetLength(0) != values.GetLength(1))
            throw new ArgumentException($"{what} must be square; got {values.GetLength(0)} rows and {values.GetLength(1)} columns.");
        return values;
    }

    // The checks charts run on their inputs, the chart's name starting the sentence.

    /// <summary>A list with at least one item and no null item.</summary>
    public static IReadOnlyList<T> NonEmpty<T>(IEnumerable<T>? items, string chart, string what)
    {
        if (items is null) throw new ArgumentException($"{chart} needs {what}; got null.");
        var list = items as IReadOnlyList<T> ?? items.ToList();
        if (list.Count == 0) throw new ArgumentException($"{chart} needs at least one item in {what}; the list is empty.");
        for (var i = 0; i < list.Count; i++)
            if (list[i] is null) throw new ArgumentException($"{chart}: item {i} of {what} is null.");
        return list;
    }

    /// <summary>Two lists that pair up item by item.</summary>
    public static void SameLength(int expected, int actual, string chart, string first, string second)
    {
        if (expected != actual)
            throw new ArgumentException($"{chart} needs {first} and {second} of the same length; got {expected} and {actual}.");
    }

    /// <summary>Only finite numbers, e.g. the x values of a curve.</summary>
    public static void AllFinite(IReadOnlyList<double> values, string chart, string what)
    {
        for (var i = 0; i < values.Count; i++)
            if (!double.IsFinite(values[i]))
                throw new ArgumentException($"{chart} needs finite numbers in {what}; item {i} is {Show(values[i])}.");
    }

    /// <summary>A landscape with the number of dimensions the chart draws.</summary>
    public static Landscape Landscape(Landscape? landscape, int dimensions, string chart)
    {
        if (landscape is null) throw new ArgumentException($"{chart} needs a landscape; got null.");
        if (landscape.Dimensions != dimensions)
            throw new ArgumentException(
                $"{chart} draws a landscape with {dimensions} dimension(s); {landscape.Name} has {landscape.Dimensions}.");
        return landscape;
    }

    /// <summary>At least one run, each moving in the landscape's dimensions.</summary>
    public static IReadOnlyList<Trajectory> Runs(IEnumerable<Trajectory>? runs, int dimensions, string chart)
    {
        var list = NonEmpty(runs, chart, "runs");
        foreach (var run in list)
            if (run.Positions[0].Length != dimensions)
                throw new ArgumentException(
                    $"{chart}: the run \"{run.Label}\" moves in {run.Positions[0].Length} dimension(s), but the landscape has {dimensions}.");
        return list;
    }

    /// <summary>A view to draw: two (min, max) pairs of finite numbers, each with min below max.</summary>
    public static IReadOnlyList<(double Min, double Max)> View(IReadOnlyList<(double Min, double Max)> view, string chart)
    {
        if (view.Count != 2) throw new ArgumentException($"{chart} needs a view with two (min, max) ranges, one per axis; got {view.Count}.");
        foreach (var (min, max) in view)
            if (!double.IsFinite(min) || !double.IsFinite(max) || !(min < max))
                throw new ArgumentException($"{chart} needs each range of the view to run from a finite min to a larger finite max; got ({Show(min)}, {Show(max)}).");
        return view;
    }

    /// <summary>
    /// The start an explorer uses: <paramref name="start"/> when it is on the drawn part of the curve, else the nearer end
    /// of that part, with one sentence saying so (a knob typed off the curve must not stop the notebook). Only a start
    /// that is not a number at all throws: no end is nearer to it.
    /// </summary>
    public static double Start(Landscape curve, double start, string chart)
    {
        var (min, max) = curve.PlotRange[0];
        if (!double.IsFinite(start))
            throw new ArgumentException($"{chart} starts the ball on the drawn part of {curve.Name}, {Show(min)} to {Show(max)}; got {Show(start)}.");
        if (start >= min && start <= max) return start;
        var nearer = start < min ? min : max;
        Console.WriteLine($"{chart} draws {curve.Name} from {Show(min)} to {Show(max)}, so its ball starts at the nearer end, {Show(nearer)}, instead of {Show(start)}.");
        return nearer;
    }

    /// <summary>An explorer's step budget, which keeps its figure small.</summary>
    public static void Steps(int steps, int most, string chart)
    {
        if (steps < 1 || steps > most)
            throw new ArgumentException($"{chart} takes 1 to {most} steps (each step is a frame of the figure); got {steps}.");
    }
}
