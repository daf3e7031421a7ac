namespace Downhill;

/// <summary>
/// Linear warm-up then any schedule: α_t = α·(t + 1)/W for the first W steps (so step 0 already moves,
/// and step W − 1 reaches α), then the following schedule with its step counter restarted at 0.
/// </summary>
internal sealed class WarmUpSchedule : Schedule
{
    /// <summary>Warms up over <paramref name="warmupSteps"/> steps, then hands over to <paramref name="then"/>.</summary>
    public WarmUpSchedule(int warmupSteps, Schedule then)
    {
        WarmupSteps = Guard.AtLeast(warmupSteps, 1, "the warm-up length");
        Then = Guard.NotNull(then, "the schedule after the warm-up");
    }

    /// <summary>W, the number of warm-up steps.</summary>
    public int WarmupSteps { get; }

    /// <summary>The schedule that takes over after the warm-up.</summary>
    public Schedule Then { get; }

    /// <inheritdoc />
    public override string Name => $"warm-up {WarmupSteps} steps, then {Then.Name}";

    /// <inheritdoc />
    protected override double RateAt(int step, double baseRate) =>
        step < WarmupSteps ? baseRate * (step + 1) / WarmupSteps : Then.Rate(step - WarmupSteps, baseRate);
}
