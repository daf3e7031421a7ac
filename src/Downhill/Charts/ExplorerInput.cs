namespace Downhill;

/// <summary>The checks the explorers add to <see cref="ChartInput"/>: starts inside the drawn range, budgets that keep the figure small.</summary>
internal static class ExplorerInput
{
    /// <summary>
    /// The start the explorer uses: <paramref name="start"/> when it is on the drawn part of the curve, else the nearer end
    /// of that part, with one sentence saying so (a knob typed off the curve must not stop the notebook). Only a start
    /// that is not a number at all throws: no end is nearer to it.
    /// </summary>
    public static double Start(Landscape curve, double start, string chart)
    {
        var (min, max) = curve.PlotRange[0];
        if (!double.IsFinite(start))
            throw new ArgumentException($"{chart} starts the ball on the drawn part of {curve.Name}, {Guard.Show(min)} to {Guard.Show(max)}; got {Guard.Show(start)}.");
        if (start >= min && start <= max) return start;
        var nearer = start < min ? min : max;
        Console.WriteLine($"{chart} draws {curve.Name} from {Guard.Show(min)} to {Guard.Show(max)}, so its ball starts at the nearer end, {Guard.Show(nearer)}, instead of {Guard.Show(start)}.");
        return nearer;
    }

    public static void Steps(int steps, int most, string chart)
    {
        if (steps < 1 || steps > most)
            throw new ArgumentException($"{chart} takes 1 to {most} steps (each step is a frame of the figure); got {steps}.");
    }
}
