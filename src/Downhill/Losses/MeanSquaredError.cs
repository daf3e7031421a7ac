namespace Downhill;

/// <summary>
/// Mean squared error as PyTorch's MSELoss: L = (1/n) Σ (pᵢ − yᵢ)², ∂L/∂pᵢ = 2(pᵢ − yᵢ)/n.
/// Large mistakes cost quadratically more, so outliers pull hard.
/// </summary>
public sealed class MeanSquaredError : Loss
{
    /// <inheritdoc />
    public override string Name => "mean squared error";

    /// <inheritdoc />
    public override string Formula => "(p − y)²";

    /// <inheritdoc />
    protected override double PointValue(double prediction, double target)
    {
        var d = prediction - target;
        return d * d;
    }

    /// <inheritdoc />
    protected override double PointDerivative(double prediction, double target) => 2 * (prediction - target);
}
