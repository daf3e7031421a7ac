namespace Downhill;

/// <summary>
/// The checks for lesson 00's exercises. The answers live here, out of the student's sight; a wrong answer gets a
/// hint that points at the idea, never at the number.
/// </summary>
public static class Lesson00
{
    /// <summary>The points and rates a student's step is tried at: both sides of the bottom, the bottom itself, small and too-big rates.</summary>
    private static readonly (double X, double Alpha)[] StepProbes =
        [(2.5, 0.1), (-1.0, 0.1), (0.3, 0.45), (0.0, 0.2), (2.5, 1.1), (-4.0, 0.01)];

    /// <summary>
    /// 00.1 — write one step of gradient descent on Q(x) = x². Graded by behaviour: at several points and rates the
    /// student's step must land where <see cref="GradientDescent"/> puts the ball on <see cref="Landscape.Parabola"/>.
    /// </summary>
    public static Feedback CheckStep(Func<double, double, double> step)
    {
        var check = new WriteIt("00.1",
            "one step moves x against the slope: x minus α times the slope under the ball, and the slope of x² at x is 2x.");
        if (check.Refuse(step) is { } refused) return refused;
        foreach (var (x, alpha) in StepProbes)
        {
            if (!check.TryRun(() => step(x, alpha), $"at x = {Guard.Show(x)}, α = {Guard.Show(alpha)}", out var theirs, out var failed))
                return failed;
            var ours = LibraryStep(x, alpha);
            if (!(Math.Abs(theirs - ours) <= 1e-12 * (1 + Math.Abs(ours))))
                return check.NotYet(
                    $"from x = {Guard.Show(x)} with α = {Guard.Show(alpha)} your step puts the ball at {Guard.Show(theirs)}, which is not where gradient descent puts it.");
        }
        return check.Correct(
            $"your step lands exactly where GradientDescent does, at all {StepProbes.Length} points and rates tried (including the bottom and a rate that overshoots).");
    }

    /// <summary>
    /// 00.2 — a knob puzzle: a learning rate that brings the ball from x = 2.5 to rest at the bottom of x² (slope below
    /// 10⁻⁶, the kit's "converged") within 10 steps. Checked by running it.
    /// </summary>
    public static Feedback CheckQuickRate(double quickAlpha)
    {
        const string exercise = "00.2";
        const string hint = "each step keeps the fraction 1 − 2α of the distance to the bottom (with a sign); look for the α that makes that fraction closest to zero — the explorer's slider lets you try rates.";
        if (!double.IsFinite(quickAlpha) || quickAlpha <= 0)
            return new Feedback(exercise, false, $"{Guard.Show(quickAlpha)} cannot be a learning rate: it must be a positive, finite number.", hint);
        var run = QuickRun(quickAlpha);
        return run.Outcome switch
        {
            RunOutcome.Converged => new Feedback(exercise, true,
                $"with α = {Guard.Show(quickAlpha)} the ball is at rest at the bottom after {run.Steps} step{(run.Steps == 1 ? "" : "s")}.", hint),
            RunOutcome.Diverged => new Feedback(exercise, false, $"with α = {Guard.Show(quickAlpha)} the ball flies off: the run {run.Message}.", hint),
            _ => new Feedback(exercise, false,
                $"with α = {Guard.Show(quickAlpha)} the ball is still {Guard.Show(Math.Abs(run.Final[0]))} from the bottom after 10 steps.", hint),
        };
    }

    /// <summary>The run the puzzle 00.2 is judged on: x² from 2.5, at most 10 steps.</summary>
    public static Trajectory QuickRun(double alpha) => Descent.Run(Landscape.Parabola(), new GradientDescent(alpha), [2.5], 10);

    private static double LibraryStep(double x, double alpha)
    {
        double[] w = [x];
        new GradientDescent(alpha).Step(w, Landscape.Parabola().Gradient(w));
        return w[0];
    }
}
