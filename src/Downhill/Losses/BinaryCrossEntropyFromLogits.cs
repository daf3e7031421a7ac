namespace Downhill;

/// <summary>
/// Binary cross-entropy on a logit z (not a probability) as PyTorch's BCEWithLogitsLoss:
/// ℓ = −[y·log σ(z) + (1 − y)·log(1 − σ(z))], computed in the stable softplus form
/// ℓ = max(z, 0) − z·y + log(1 + e^(−|z|)), so z = ±1000 gives exact finite answers instead of log(0).
/// dℓ/dz = σ(z) − y. Targets are probabilities in [0, 1] (usually the labels 0 and 1).
/// </summary>
public sealed class BinaryCrossEntropyFromLogits : Loss
{
    /// <inheritdoc />
    public override string Name => "binary cross-entropy (from logits)";

    /// <inheritdoc />
    public override string Formula => "max(z, 0) − z·y + log(1 + e^(−|z|))";

    /// <inheritdoc />
    protected override double PointValue(double prediction, double target) =>
        Math.Max(prediction, 0) - prediction * target + Logits.Log1PlusExp(-Math.Abs(prediction));

    /// <inheritdoc />
    protected override double PointDerivative(double prediction, double target) => Logits.UncheckedSigmoid(prediction) - target;

    /// <inheritdoc />
    protected override void CheckTarget(double target, int index)
    {
        if (target < 0 || target > 1)
            throw new ArgumentException(
                $"binary cross-entropy needs targets between 0 and 1 (class labels or probabilities); got {Guard.Show(target)} at position {index}.");
    }
}
