namespace Downhill;

/// <summary>
/// Nesterov momentum in PyTorch's form (<c>torch.optim.SGD(momentum=μ, nesterov=True)</c>):
/// g ← ∇Q(w) + λw;  b ← g on the first step, afterwards b ← μb + g;  w ← w − α(g + μb).
/// The step looks ahead along the buffer instead of evaluating the gradient at a shifted point; the buffer is
/// <see cref="Momentum"/>'s with no dampening, and its <see cref="Momentum.Step"/> takes the look-ahead step.
/// </summary>
public sealed class Nesterov : Momentum
{
    /// <summary>
    /// Nesterov momentum with step size α and momentum μ (which PyTorch requires to be above 0;
    /// 0.9 is customary). Weight decay defaults to PyTorch's 0; dampening must be 0 in PyTorch, so it is fixed.
    /// </summary>
    public Nesterov(double learningRate, double momentum = 0.9, double weightDecay = 0)
        : base(learningRate, AboveZeroBelowOne(momentum), dampening: 0, weightDecay, lookAhead: true)
    {
    }

    /// <inheritdoc />
    public override string Name => "Nesterov";

    private static double AboveZeroBelowOne(double momentum) =>
        double.IsFinite(momentum) && momentum > 0 && momentum < 1
            ? momentum
            : throw new ArgumentException($"Nesterov's momentum μ must be above 0 and below 1; got {Guard.Show(momentum)}.");
}
