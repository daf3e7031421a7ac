namespace Downhill;

/// <summary>
/// A learning-rate schedule: maps (step, base rate) to the rate used for that step. Steps count from 0,
/// so step 0 is the first update and always gets the schedule's starting rate (as PyTorch's schedulers
/// give the base rate before their first <c>step()</c>). A descent run asks the schedule before every step.
/// The ready-made ones are static methods, e.g. <c>Schedule.Cosine(1000)</c>.
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

    /// <summary>The same rate every step.</summary>
    public static Schedule Constant() => new ConstantSchedule();

    /// <summary>Multiplies the rate by γ every <paramref name="stepSize"/> steps (PyTorch's StepLR; γ defaults to its 0.1).</summary>
    public static Schedule StepDecay(int stepSize, double gamma = 0.1) => new StepDecaySchedule(stepSize, gamma);

    /// <summary>α·γᵗ (PyTorch's ExponentialLR).</summary>
    public static Schedule Exponential(double gamma) => new ExponentialSchedule(gamma);

    /// <summary>α / (1 + k·t), the classic 1/t decay.</summary>
    public static Schedule InverseTime(double decay) => new InverseTimeSchedule(decay);

    /// <summary>Half a cosine from α down to <paramref name="minimumRate"/> over <paramref name="totalSteps"/> steps (PyTorch's CosineAnnealingLR), then holds the minimum.</summary>
    public static Schedule Cosine(int totalSteps, double minimumRate = 0) => new CosineSchedule(totalSteps, minimumRate);

    /// <summary>A linear climb to α over <paramref name="warmupSteps"/> steps, then <paramref name="then"/> (constant when omitted) counting its steps from the end of the warm-up.</summary>
    public static Schedule WarmUp(int warmupSteps, Schedule? then = null) => new WarmUpSchedule(warmupSteps, then ?? Constant());
}
