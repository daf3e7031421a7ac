namespace Downhill;

/// <summary>
/// AdamW as PyTorch's <c>torch.optim.AdamW</c>: weight decay is decoupled from the gradient —
/// first w ← w·(1 − αλ), then <see cref="Adam"/>'s step on the plain gradient:
/// m ← β₁m + (1 − β₁)g;  v ← β₂v + (1 − β₂)g²;  w ← w − (α / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε).
/// Defaults (PyTorch's): α = 0.001, β₁ = 0.9, β₂ = 0.999, ε = 1e-8, λ = 0.01, AMSGrad off.
/// </summary>
public sealed class AdamW(
    double learningRate = 1e-3, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8,
    double weightDecay = 0.01, bool amsGrad = false) : Optimizer(learningRate, weightDecay)
{
    // The step after the decay, with no weight decay of its own.
    private readonly Adam adam = new(learningRate, beta1, beta2, epsilon, weightDecay: 0, amsGrad);

    /// <inheritdoc />
    public override string Name => "AdamW";

    /// <summary>β₁, the decay of the gradient's running mean m (default 0.9).</summary>
    public double Beta1 => adam.Beta1;

    /// <summary>β₂, the decay of the squared gradient's running mean v (default 0.999).</summary>
    public double Beta2 => adam.Beta2;

    /// <summary>ε, added after the square root (default 1e-8).</summary>
    public double Epsilon => adam.Epsilon;

    /// <summary>Whether to use the largest v seen so far (AMSGrad; default false).</summary>
    public bool AmsGrad => adam.AmsGrad;

    /// <summary>Steps taken since the last reset (t in the bias corrections).</summary>
    public int StepCount => adam.StepCount;

    /// <inheritdoc />
    public override void Step(double[] parameters, double[] gradient)
    {
        CheckStep(parameters, gradient);
        var shrink = 1 - LearningRate * WeightDecay;
        for (var i = 0; i < parameters.Length; i++) parameters[i] *= shrink;
        adam.LearningRate = LearningRate;
        adam.Step(parameters, gradient);
    }

    /// <inheritdoc />
    protected override void ForgetState() => adam.Reset();
}
