namespace Downhill;

/// <summary>α_t = α / (1 + k·t): the 1/t decay whose rates still sum to infinity, so progress never stops outright.</summary>
internal sealed class InverseTimeSchedule : Schedule
{
    /// <summary>1/t decay with rate k (k = 0 keeps the rate constant).</summary>
    public InverseTimeSchedule(double decay) => Decay = Guard.NonNegative(decay, "the 1/t decay k");

    /// <summary>k in α / (1 + k·t).</summary>
    public double Decay { get; }

    /// <inheritdoc />
    public override string Name => $"1/(1 + {Guard.Show(Decay)}t)";

    /// <inheritdoc />
    protected override double RateAt(int step, double baseRate) => baseRate / (1 + Decay * step);
}
