namespace Downhill;

/// <summary>The checks every chart runs on its inputs, each failing with one sentence a student understands.</summary>
internal static class ChartInput
{
    public static IReadOnlyList<T> NonEmpty<T>(IEnumerable<T>? items, string chart, string what)
    {
        if (items is null) throw new ArgumentException($"{chart} needs {what}; got null.");
        var list = items as IReadOnlyList<T> ?? items.ToList();
        if (list.Count == 0) throw new ArgumentException($"{chart} needs at least one item in {what}; the list is empty.");
        for (var i = 0; i < list.Count; i++)
            if (list[i] is null) throw new ArgumentException($"{chart}: item {i} of {what} is null.");
        return list;
    }

    public static T NotNull<T>(T? value, string what) where T : class =>
        value ?? throw new ArgumentException($"{what} must be given; got null.");

    public static void SameLength(int expected, int actual, string chart, string first, string second)
    {
        if (expected != actual)
            throw new ArgumentException($"{chart} needs {first} and {second} of the same length; got {expected} and {actual}.");
    }

    public static void AllFinite(IReadOnlyList<double> values, string chart, string what)
    {
        for (var i = 0; i < values.Count; i++)
            if (!double.IsFinite(values[i]))
                throw new ArgumentException($"{chart} needs finite numbers in {what}; item {i} is {Guard.Show(values[i])}.");
    }

    public static Landscape Landscape(Landscape? landscape, int dimensions, string chart)
    {
        if (landscape is null) throw new ArgumentException($"{chart} needs a landscape; got null.");
        if (landscape.Dimensions != dimensions)
            throw new ArgumentException(
                $"{chart} draws a landscape with {dimensions} dimension(s); {landscape.Name} has {landscape.Dimensions}.");
        return landscape;
    }

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
                throw new ArgumentException($"{chart} needs each range of the view to run from a finite min to a larger finite max; got ({Guard.Show(min)}, {Guard.Show(max)}).");
        return view;
    }

    public static string Text(string? text, string fallback) => string.IsNullOrWhiteSpace(text) ? fallback : text;
}
