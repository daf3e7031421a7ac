namespace Downhill;

/// <summary>α_t = α: the rate never changes (a run without a schedule is labelled by its optimizer alone).</summary>
internal sealed class ConstantSchedule : Schedule
{
    /// <inheritdoc />
    public override string Name => "constant";

    /// <inheritdoc />
    protected override double RateAt(int step, double baseRate) => baseRate;
}
