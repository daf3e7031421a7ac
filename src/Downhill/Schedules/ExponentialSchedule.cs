namespace Downhill;

/// <summary>α_t = α·γᵗ, PyTorch's ExponentialLR: the rate shrinks by the same factor every step.</summary>
internal sealed class ExponentialSchedule : Schedule
{
    /// <summary>Multiplies the rate by γ each step; γ must be in (0, 1].</summary>
    public ExponentialSchedule(double gamma) => Gamma = Guard.Fraction(gamma, "the decay factor γ");

    /// <summary>γ, the per-step factor.</summary>
    public double Gamma { get; }

    /// <inheritdoc />
    public override string Name => $"×{Guard.Show(Gamma)} per step";

    /// <inheritdoc />
    protected override double RateAt(int step, double baseRate) => baseRate * Math.Pow(Gamma, step);
}
