namespace Downhill;

/// <summary>
/// The checks for lesson 03's exercises. The answers live here, out of the student's sight; a wrong answer gets a
/// hint that points at the idea, never at the number.
/// </summary>
public static class Lesson03
{
    /// <summary>03.1 — the largest stable learning rate of plain gradient descent on the ill-conditioned bowl 0.1x² + 2y².</summary>
    public static Feedback CheckLargestStableRate(double largestStableRate) =>
        Exercise.CheckNumber("03.1", largestStableRate,
            expected: Descent.PredictStability(Landscape.IllConditionedBowl(), 0.1).MaxStableLearningRate, tolerance: 1e-6,
            hint: "the boundary is 2/L, where L is the largest curvature: differentiate each term twice and take the larger.");

    /// <summary>The step-decay schedule 03.2 asks for: halve the rate every 100 steps.</summary>
    private static readonly Schedule HalveEveryHundred = Schedule.StepDecay(stepSize: 100, gamma: 0.5);

    /// <summary>
    /// 03.2 — write a step-decay schedule (α for steps 0–99, α/2 for 100–199, α/4 for 200–299, …). Graded by behaviour:
    /// for steps 0 to 1000 and two base rates it must give the rate <see cref="Schedule.StepDecay"/> gives.
    /// </summary>
    public static Feedback CheckStepDecay(Func<int, double, double> rate)
    {
        var check = new WriteIt("03.2",
            "count how many whole hundreds of steps have passed (integer division), and halve the base rate that many times.");
        if (check.Refuse(rate) is { } refused) return refused;
        foreach (var baseRate in new[] { 0.1, 0.7 })
            for (var step = 0; step <= 1000; step++)
            {
                if (!check.TryRun(() => rate(step, baseRate), $"at step {step} with base rate {Guard.Show(baseRate)}", out var theirs, out var failed))
                    return failed;
                var ours = HalveEveryHundred.Rate(step, baseRate);
                if (!(Math.Abs(theirs - ours) <= 1e-12 * ours))
                    return check.NotYet(
                        $"at step {step} with base rate {Guard.Show(baseRate)} your schedule gives {Guard.Show(theirs)}, which is not the step-decay rate for that step.");
            }
        return check.Correct("your schedule gives the step-decay rate at every step from 0 to 1000, for both base rates tried.");
    }

    /// <summary>The puzzle 03.3's setting: Q(x) = 2x² with gradient noise σ = 1, from x = 3, this many steps and seeds.</summary>
    public const int QuietSteps = 200;

    /// <summary>The number of seeds (1 to 20) the puzzle 03.3 averages over.</summary>
    public const int QuietSeeds = 20;

    /// <summary>The mean final loss a constant rate must beat in 03.3.</summary>
    public const double QuietTarget = 0.01;

    /// <summary>
    /// The mean over seeds 1 to 20 of the final Q of constant-rate gradient descent on 2x² with gradient noise σ = 1,
    /// from x = 3, after 200 steps (∞ when a run blows up).
    /// </summary>
    public static double QuietMeanFinalLoss(double alpha) => Enumerable.Range(1, QuietSeeds).Average(seed =>
    {
        var run = Descent.Run(Landscape.WithGradientNoise(Landscape.Parabola(a: 2), noise: 1, seed), new GradientDescent(alpha), [3.0], QuietSteps, tolerance: 0);
        return run.Outcome == RunOutcome.Diverged ? double.PositiveInfinity : run.FinalLoss;
    });

    /// <summary>
    /// 03.3 — a knob puzzle: a constant learning rate whose mean final loss under gradient noise (2x², σ = 1, from 3,
    /// <see cref="QuietSteps"/> steps, seeds 1 to <see cref="QuietSeeds"/>) is below <see cref="QuietTarget"/>. Checked by running it.
    /// </summary>
    public static Feedback CheckQuietRate(double quietAlpha)
    {
        const string exercise = "03.3";
        const string hint = "under noise a constant α never settles: the ball jiggles around the bottom, and how far depends on α. But a rate that is too small has not yet come down from the start after 200 steps.";
        if (!double.IsFinite(quietAlpha) || quietAlpha <= 0)
            return new Feedback(exercise, false, $"{Guard.Show(quietAlpha)} cannot be a learning rate: it must be a positive, finite number.", hint);
        var mean = QuietMeanFinalLoss(quietAlpha);
        if (mean < QuietTarget)
            return new Feedback(exercise, true,
                $"with α = {Guard.Show(quietAlpha)} the mean final loss over the 20 seeds is {Guard.Show(mean)}, below {Guard.Show(QuietTarget)}.", hint);
        return new Feedback(exercise, false, double.IsFinite(mean)
            ? $"with α = {Guard.Show(quietAlpha)} the mean final loss over the 20 seeds is {Guard.Show(mean)}, not below {Guard.Show(QuietTarget)}."
            : $"with α = {Guard.Show(quietAlpha)} some runs blow up.", hint);
    }
}
