namespace Downhill;

/// <summary>
/// Adam as PyTorch's <c>torch.optim.Adam</c>, at step t = 1, 2, …:
/// g ← ∇Q(w) + λw;  m ← β₁m + (1 − β₁)g;  v ← β₂v + (1 − β₂)g²;
/// w ← w − (α / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε).
/// ε is added after the square root of the bias-corrected v, as PyTorch does. With AMSGrad, v in the
/// denominator is replaced by the largest v seen so far.
/// Defaults (PyTorch's): α = 0.001, β₁ = 0.9, β₂ = 0.999, ε = 1e-8, λ = 0, AMSGrad off.
/// </summary>
public sealed class Adam : Optimizer
{
    private double _learningRate;
    private AdamMoments? _moments;

    /// <summary>Adam with PyTorch's defaults unless told otherwise.</summary>
    public Adam(double learningRate = 1e-3, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8,
        double weightDecay = 0, bool amsGrad = false)
    {
        LearningRate = learningRate;
        Beta1 = Guard.InHalfOpenRange(beta1, 0, 1, "β₁ (beta1)");
        Beta2 = Guard.InHalfOpenRange(beta2, 0, 1, "β₂ (beta2)");
        Epsilon = Guard.Positive(epsilon, "ε (epsilon)");
        WeightDecay = Guard.NonNegative(weightDecay, "weight decay");
        AmsGrad = amsGrad;
    }

    /// <inheritdoc />
    public override string Name => "Adam";

    /// <inheritdoc />
    public override double LearningRate
    {
        get => _learningRate;
        set => _learningRate = Guard.LearningRate(value);
    }

    /// <summary>β₁, the decay of the gradient's running mean m (default 0.9).</summary>
    public double Beta1 { get; }

    /// <summary>β₂, the decay of the squared gradient's running mean v (default 0.999).</summary>
    public double Beta2 { get; }

    /// <summary>ε, added after the square root (default 1e-8).</summary>
    public double Epsilon { get; }

    /// <summary>λ, an L2 penalty folded into the gradient (default 0); see <see cref="AdamW"/> for the decoupled kind.</summary>
    public double WeightDecay { get; }

    /// <summary>Whether to use the largest v seen so far (AMSGrad; default false).</summary>
    public bool AmsGrad { get; }

    /// <summary>Steps taken since the last reset (t in the bias corrections).</summary>
    public int StepCount => _moments?.StepCount ?? 0;

    /// <inheritdoc />
    public override void Step(double[] parameters, double[] gradient)
    {
        CheckStep(parameters, gradient, _moments?.Length ?? 0);
        _moments ??= new AdamMoments(parameters.Length, AmsGrad);
        _moments.Update(parameters, gradient, _learningRate, Beta1, Beta2, Epsilon, WeightDecay);
    }

    /// <inheritdoc />
    public override void Reset() => _moments = null;
}
