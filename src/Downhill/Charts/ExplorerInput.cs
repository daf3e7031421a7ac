namespace Downhill;

/// <summary>The checks the explorers add to <see cref="ChartInput"/>: starts inside the drawn range, budgets that keep the figure small.</summary>
internal static class ExplorerInput
{
    public static void Start(Landscape curve, double start, string chart)
    {
        var (min, max) = curve.PlotRange[0];
        if (!double.IsFinite(start) || start < min || start > max)
            throw new ArgumentException($"{chart} starts the ball on the drawn part of {curve.Name}, {Guard.Show(min)} to {Guard.Show(max)}; got {Guard.Show(start)}.");
    }

    public static void Steps(int steps, int most, string chart)
    {
        if (steps < 1 || steps > most)
            throw new ArgumentException($"{chart} takes 1 to {most} steps (each step is a frame of the figure); got {steps}.");
    }
}
