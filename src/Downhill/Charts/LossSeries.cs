namespace Downhill;

/// <summary>
/// One loss curve to draw: a label, the x values (steps, epochs or seconds) and the loss at each.
/// Losses may contain NaN or Infinity (a run that blew up): the curve is drawn up to its last finite
/// value and the blow-up is marked.
/// </summary>
/// <param name="Label">The legend label, e.g. "Adam α=0.1" or "validation".</param>
/// <param name="X">Where each loss was measured: step, epoch or seconds.</param>
/// <param name="Losses">The loss at each x.</param>
/// <param name="DivergedAt">The step or epoch at which the run blew up, when it is known and lies past the last value.</param>
public sealed record LossSeries(string Label, IReadOnlyList<double> X, IReadOnlyList<double> Losses, double? DivergedAt = null)
{
    /// <summary>The loss per step of a descent run (x = step 0, 1, 2 …), carrying its divergence step.</summary>
    public static LossSeries FromTrajectory(Trajectory run)
    {
        ChartInput.NotNull(run, "the run");
        return new LossSeries(
            run.Label,
            Enumerable.Range(0, run.Losses.Count).Select(i => (double)i).ToArray(),
            run.Losses.ToArray(),
            run.Outcome == RunOutcome.Diverged ? run.DivergedAtStep ?? run.Steps + 1 : null);
    }
}
