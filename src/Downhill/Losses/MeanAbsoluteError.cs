namespace Downhill;

/// <summary>
/// Mean absolute error as PyTorch's L1Loss: L = (1/n) Σ |pᵢ − yᵢ|, ∂L/∂pᵢ = sign(pᵢ − yᵢ)/n (0 where pᵢ = yᵢ,
/// as PyTorch takes it). Every mistake pulls with the same force, so outliers matter less — and the
/// gradient never shrinks near the answer, which is why a fixed step size keeps bouncing.
/// </summary>
public sealed class MeanAbsoluteError : Loss
{
    /// <inheritdoc />
    public override string Name => "mean absolute error";

    /// <inheritdoc />
    public override string Formula => "|p − y|";

    /// <inheritdoc />
    protected override double PointValue(double prediction, double target) => Math.Abs(prediction - target);

    /// <inheritdoc />
    protected override double PointDerivative(double prediction, double target) => Math.Sign(prediction - target);
}
