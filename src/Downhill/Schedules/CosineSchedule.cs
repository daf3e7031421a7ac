namespace Downhill;

/// <summary>
/// Cosine annealing as PyTorch's CosineAnnealingLR: α_t = α_min + (α − α_min)(1 + cos(πt/T))/2 for
/// t ≤ T. After T steps it holds α_min (PyTorch's would climb back up the cosine, which surprises students).
/// </summary>
internal sealed class CosineSchedule : Schedule
{
    /// <summary>Anneals from the base rate to <paramref name="minimumRate"/> over <paramref name="totalSteps"/> steps.</summary>
    public CosineSchedule(int totalSteps, double minimumRate = 0)
    {
        TotalSteps = Guard.AtLeast(totalSteps, 1, "the cosine schedule's length");
        MinimumRate = Guard.NonNegative(minimumRate, "the cosine schedule's minimum rate");
    }

    /// <summary>T, the steps from the base rate down to the minimum.</summary>
    public int TotalSteps { get; }

    /// <summary>α_min, where the rate ends (PyTorch's eta_min, default 0).</summary>
    public double MinimumRate { get; }

    /// <inheritdoc />
    public override string Name => $"cosine over {TotalSteps} steps";

    /// <inheritdoc />
    protected override double RateAt(int step, double baseRate)
    {
        if (step >= TotalSteps) return MinimumRate;
        return MinimumRate + (baseRate - MinimumRate) * (1 + Math.Cos(Math.PI * step / TotalSteps)) / 2;
    }
}
