namespace Downhill;

/// <summary>α_t = α·γ^⌊t / stepSize⌋, PyTorch's StepLR: a staircase that drops by γ every stepSize steps.</summary>
internal sealed class StepDecaySchedule : Schedule
{
    /// <summary>Drops the rate by γ (PyTorch's default 0.1) every <paramref name="stepSize"/> steps.</summary>
    public StepDecaySchedule(int stepSize, double gamma = 0.1)
    {
        StepSize = Guard.AtLeast(stepSize, 1, "the step-decay interval");
        Gamma = Guard.Fraction(gamma, "the decay factor γ");
    }

    /// <summary>Steps between drops.</summary>
    public int StepSize { get; }

    /// <summary>γ, the factor applied at each drop.</summary>
    public double Gamma { get; }

    /// <inheritdoc />
    public override string Name => $"×{Guard.Show(Gamma)} every {StepSize} steps";

    /// <inheritdoc />
    protected override double RateAt(int step, double baseRate) => baseRate * Math.Pow(Gamma, step / StepSize);
}
