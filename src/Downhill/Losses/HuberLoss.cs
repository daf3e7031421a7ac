namespace Downhill;

/// <summary>
/// Huber loss as PyTorch's HuberLoss: with d = p − y, ℓ = ½d² when |d| &lt; δ and δ(|d| − ½δ) otherwise;
/// dℓ/dp = d inside, δ·sign(d) outside. Squared error near the answer, absolute error far from it:
/// smooth where it matters and calm about outliers.
/// </summary>
public sealed class HuberLoss : Loss
{
    /// <summary>Huber loss switching from quadratic to linear at |p − y| = δ (PyTorch's default δ = 1).</summary>
    public HuberLoss(double delta = 1.0) => Delta = Guard.Positive(delta, "Huber's threshold δ");

    /// <summary>δ, where the loss turns from quadratic to linear.</summary>
    public double Delta { get; }

    /// <inheritdoc />
    public override string Name => $"Huber (δ = {Guard.Show(Delta)})";

    /// <inheritdoc />
    public override string Formula => "½(p − y)² if |p − y| < δ, else δ(|p − y| − ½δ)";

    /// <inheritdoc />
    protected override double PointValue(double prediction, double target)
    {
        var d = prediction - target;
        var size = Math.Abs(d);
        return size < Delta ? 0.5 * d * d : Delta * (size - 0.5 * Delta);
    }

    /// <inheritdoc />
    protected override double PointDerivative(double prediction, double target)
    {
        var d = prediction - target;
        return Math.Abs(d) < Delta ? d : Delta * Math.Sign(d);
    }
}
