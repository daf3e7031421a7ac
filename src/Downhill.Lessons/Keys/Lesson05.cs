namespace Downhill;

/// <summary>
/// The answer keys of lesson 05 (SGD vs Adam): each check computes its answer from the library, so nothing of the
/// answer sits in the notebook, and a wrong answer gets a hint that points at the idea.
/// </summary>
public static class Lesson05
{
    /// <summary>05.1 — optimizer steps in ten epochs of the 2,930 Ames houses in batches of 100 (each epoch's last batch short).</summary>
    public static Feedback CheckStepsInTenEpochsAt100(int answer) =>
        Exercise.CheckNumber("05.1", answer, expected: 10 * ((2930 + 100 - 1) / 100), tolerance: 0,
            hint: "every house is visited once per epoch, 100 at a time; a short last batch is still a step, and each epoch has one.");

    /// <summary>
    /// 05.2 — the student's momentum step, checked bit for bit against the library's <see cref="Momentum"/> (PyTorch's
    /// form): 30 steps on the ill-conditioned bowl and on Rosenbrock, for a few (α, β), the velocity starting at zero.
    /// </summary>
    public static Feedback CheckMomentumStep(Action<double[], double[], double[], double, double> momentumStep)
    {
        var check = new WriteIt("05.2",
            "follow the two lines in order for every coordinate: first the velocity keeps β of itself and adds the whole gradient, then the point moves against α times the velocity.");
        if (check.Refuse(momentumStep) is { } refused) return refused;
        (Landscape Surface, double[] Start, double Alpha, double Beta)[] cases =
        [
            (Landscape.IllConditionedBowl(), [-8.0, 3.0], 0.1, 0.9),
            (Landscape.IllConditionedBowl(), [5.0, -1.0], 0.4, 0.5),
            (Landscape.Rosenbrock(), [-1.2, 1.0], 0.0005, 0.8),
        ];
        foreach (var (surface, start, alpha, beta) in cases)
        {
            var library = new Momentum(alpha, beta);
            var theirs = (double[])start.Clone();
            var ours = (double[])start.Clone();
            var velocity = new double[start.Length];
            for (var step = 1; step <= 30; step++)
            {
                var gradient = surface.Gradient(ours);
                if (!check.TryRun(() => { momentumStep(theirs, velocity, (double[])gradient.Clone(), alpha, beta); return true; },
                        FormattableString.Invariant($"on {surface.Name} with α = {alpha}, β = {beta}, at step {step}"), out _, out var failed))
                    return failed;
                library.Step(ours, gradient);
                if (!theirs.Zip(ours).All(p => BitConverter.DoubleToInt64Bits(p.First) == BitConverter.DoubleToInt64Bits(p.Second)))
                    return check.NotYet(FormattableString.Invariant(
                        $"on {surface.Name} with α = {alpha}, β = {beta}, your point differs from the library's Momentum after step {step}."));
            }
        }
        return check.Correct("your step matches the library's Momentum bit for bit, step after step.");
    }

    /// <summary>
    /// 05.3 — the knob puzzle: a learning rate with which plain SGD (batches of 32, seed 1, 20 epochs) ends with a training
    /// loss no higher than Adam's with α = 0.01 on the same penguins. Checked by running both.
    /// </summary>
    public static Feedback CheckSgdRateThatCatchesAdam(double answer, Dataset train)
    {
        Guard.NotNull(train, "the training data");
        double FinalLoss(Optimizer optimizer) =>
            Trainer.Fit(SoftmaxRegression.For(train), train, optimizer, epochs: 20, batchSize: 32, seed: 1) is { Outcome: not RunOutcome.Diverged } run
                ? run.FinalTrainLoss : double.PositiveInfinity;
        var adam = FinalLoss(new Adam(0.01));
        return Exercise.CheckThat("05.3", answer, a => double.IsFinite(a) && a > 0 && FinalLoss(new GradientDescent(a)) <= adam,
            hint: "SGD's step is α times a small gradient, Adam's is about α: try the `alpha` knob a factor of ten at a time and compare the two training losses.",
            whenCorrect: "with that α plain SGD ends its 20 epochs at least as low as Adam.");
    }

    /// <summary>
    /// 05.4 — write it: one step of Adam with PyTorch's defaults (β₁ = 0.9, β₂ = 0.999, ε = 10⁻⁸), the moments m and v and
    /// the step count t kept by the caller. Checked against the library's <see cref="Adam"/> over 50 steps on two surfaces
    /// and three rates, point by point to ten significant digits (the same formula in another order rounds differently).
    /// </summary>
    public static Feedback CheckAdamStep(Action<double[], double[], double[], double[], int, double> adamStep)
    {
        var check = new WriteIt("05.4",
            "for every coordinate: m ← β₁m + (1 − β₁)g and v ← β₂v + (1 − β₂)g²; then the bias corrections m̂ = m/(1 − β₁ᵗ), " +
            "v̂ = v/(1 − β₂ᵗ) with t counting from 1; then w ← w − α·m̂/(√v̂ + ε).");
        if (check.Refuse(adamStep) is { } refused) return refused;
        (Landscape Surface, double[] Start, double Alpha)[] cases =
        [
            (Landscape.IllConditionedBowl(), [-8.0, 3.0], 0.1),
            (Landscape.IllConditionedBowl(), [5.0, -1.0], 0.5),
            (Landscape.Rosenbrock(), [-1.2, 1.0], 0.01),
        ];
        foreach (var (surface, start, alpha) in cases)
        {
            var library = new Adam(alpha);
            var ours = (double[])start.Clone();
            var theirs = (double[])start.Clone();
            var (m, v) = (new double[start.Length], new double[start.Length]);
            for (var t = 1; t <= 50; t++)
            {
                var gradient = surface.Gradient(ours);
                if (!check.TryRun(() => { adamStep(theirs, m, v, (double[])gradient.Clone(), t, alpha); return true; },
                        FormattableString.Invariant($"on {surface.Name} with α = {alpha}, at step {t}"), out _, out var failed))
                    return failed;
                library.Step(ours, gradient);
                if (!theirs.Zip(ours).All(p => Math.Abs(p.First - p.Second) <= 1e-10 * Math.Max(1, Math.Abs(p.Second))))
                    return check.NotYet(FormattableString.Invariant(
                        $"on {surface.Name} with α = {alpha}, your point differs from the library's Adam after step {t}."));
                theirs = (double[])ours.Clone(); // each step starts where Adam is, so one slip is reported where it happens
            }
        }
        return check.Correct("your step follows the library's Adam to ten digits, 50 steps on each of three runs, bias correction included.");
    }
}
