namespace Downhill;

/// <summary>
/// A learning-rate schedule: maps (step, base rate) to the rate used for that step. Steps count from 0,
/// so step 0 is the first update and always gets the schedule's starting rate (as PyTorch's schedulers
/// give the base rate before their first <c>step()</c>). A descent run asks the schedule before every step.
/// The ready-made ones are static methods, each its formula, e.g. <c>Schedule.Cosine(1000)</c>.
/// </summary>
public abstract class Schedule
{
    /// <summary>A short description for legends, e.g. "cosine over 1000 steps".</summary>
    public abstract string Name { get; }

    /// <summary>The rate for <paramref name="step"/> (0 = first update) when the base rate is <paramref name="baseRate"/>.</summary>
    public double Rate(int step, double baseRate)
    {
        if (step < 0)
            throw new ArgumentException($"a schedule's step counts from 0; got {step}.");
        Guard.LearningRate(baseRate, "the base learning rate");
        return RateAt(step, baseRate);
    }

    /// <summary>The rate for a valid step and base rate (both already checked).</summary>
    protected abstract double RateAt(int step, double baseRate);

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>α_t = α: the same rate every step.</summary>
    public static Schedule Constant() => new ConstantSchedule();

    /// <summary>
    /// α_t = α·γ^⌊t / stepSize⌋, PyTorch's StepLR: a staircase that drops by γ every <paramref name="stepSize"/> steps
    /// (γ defaults to PyTorch's 0.1).
    /// </summary>
    public static Schedule StepDecay(int stepSize, double gamma = 0.1)
    {
        Guard.AtLeast(stepSize, 1, "the step-decay interval");
        Guard.Fraction(gamma, "the decay factor γ");
        return new Formula($"×{Guard.Show(gamma)} every {stepSize} steps", (t, α) => α * Math.Pow(gamma, t / stepSize));
    }

    /// <summary>α_t = α·γᵗ, PyTorch's ExponentialLR: the rate shrinks by the same factor γ, in (0, 1], every step.</summary>
    public static Schedule Exponential(double gamma)
    {
        Guard.Fraction(gamma, "the decay factor γ");
        return new Formula($"×{Guard.Show(gamma)} per step", (t, α) => α * Math.Pow(gamma, t));
    }

    /// <summary>
    /// α_t = α / (1 + k·t), the classic 1/t decay, whose rates still sum to infinity, so progress never stops outright
    /// (k = 0 keeps the rate constant).
    /// </summary>
    public static Schedule InverseTime(double decay)
    {
        Guard.NonNegative(decay, "the 1/t decay k");
        return new Formula($"1/(1 + {Guard.Show(decay)}t)", (t, α) => α / (1 + decay * t));
    }

    /// <summary>
    /// Cosine annealing as PyTorch's CosineAnnealingLR: α_t = α_min + (α − α_min)(1 + cos(πt/T))/2 for t ≤ T, with
    /// T = <paramref name="totalSteps"/> and α_min = <paramref name="minimumRate"/>. After T steps it holds α_min
    /// (PyTorch's would climb back up the cosine, which surprises students).
    /// </summary>
    public static Schedule Cosine(int totalSteps, double minimumRate = 0)
    {
        Guard.AtLeast(totalSteps, 1, "the cosine schedule's length");
        Guard.NonNegative(minimumRate, "the cosine schedule's minimum rate");
        return new Formula($"cosine over {totalSteps} steps", (t, α) =>
            t >= totalSteps ? minimumRate : minimumRate + (α - minimumRate) * (1 + Math.Cos(Math.PI * t / totalSteps)) / 2);
    }

    /// <summary>
    /// Linear warm-up, then <paramref name="then"/> (constant when omitted): α_t = α·(t + 1)/W for the first
    /// W = <paramref name="warmupSteps"/> steps (so step 0 already moves, and step W − 1 reaches α), then the following
    /// schedule with its step counter restarted at 0.
    /// </summary>
    public static Schedule WarmUp(int warmupSteps, Schedule? then = null)
    {
        Guard.AtLeast(warmupSteps, 1, "the warm-up length");
        var after = then ?? Constant();
        return new Formula($"warm-up {warmupSteps} steps, then {after.Name}", (t, α) =>
            t < warmupSteps ? α * (t + 1) / warmupSteps : after.Rate(t - warmupSteps, α));
    }

    /// <summary>A schedule given by its formula α_t = rate(t, α).</summary>
    private sealed class Formula(string name, Func<int, double, double> rate) : Schedule
    {
        public override string Name => name;

        protected override double RateAt(int step, double baseRate) => rate(step, baseRate);
    }
}
