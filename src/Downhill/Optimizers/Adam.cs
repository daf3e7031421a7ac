namespace Downhill;

/// <summary>
/// Adam as PyTorch's <c>torch.optim.Adam</c>, at step t = 1, 2, …:
/// g ← ∇Q(w) + λw;  m ← β₁m + (1 − β₁)g;  v ← β₂v + (1 − β₂)g²;
/// w ← w − (α / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε).
/// ε is added after the square root of the bias-corrected v, as PyTorch does. With AMSGrad, v in the
/// denominator is replaced by the largest v seen so far. Written in PyTorch's order of operations, so results
/// match torch.optim to the last bit where the arithmetic allows.
/// Defaults (PyTorch's): α = 0.001, β₁ = 0.9, β₂ = 0.999, ε = 1e-8, λ = 0, AMSGrad off.
/// </summary>
public sealed class Adam(
    double learningRate = 1e-3, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8,
    double weightDecay = 0, bool amsGrad = false) : Optimizer(learningRate, weightDecay)
{
    // m, v and the largest v so far (AMSGrad only); empty until the first step.
    private double[] m = [], v = [], vMax = [];
    private int t;

    /// <inheritdoc />
    public override string Name => "Adam";

    /// <summary>β₁, the decay of the gradient's running mean m (default 0.9).</summary>
    public double Beta1 { get; } = Guard.InHalfOpenRange(beta1, 0, 1, "β₁ (beta1)");

    /// <summary>β₂, the decay of the squared gradient's running mean v (default 0.999).</summary>
    public double Beta2 { get; } = Guard.InHalfOpenRange(beta2, 0, 1, "β₂ (beta2)");

    /// <summary>ε, added after the square root (default 1e-8).</summary>
    public double Epsilon { get; } = Guard.Positive(epsilon, "ε (epsilon)");

    /// <summary>Whether to use the largest v seen so far (AMSGrad; default false).</summary>
    public bool AmsGrad { get; } = amsGrad;

    /// <summary>Steps taken since the last reset (t in the bias corrections).</summary>
    public int StepCount => t;

    /// <inheritdoc />
    public override void Step(double[] parameters, double[] gradient)
    {
        CheckStep(parameters, gradient);
        var n = parameters.Length;
        if (t == 0) (m, v, vMax) = (new double[n], new double[n], AmsGrad ? new double[n] : []);
        t++;
        var stepSize = LearningRate / (1 - Math.Pow(Beta1, t));
        var correction2Sqrt = Math.Sqrt(1 - Math.Pow(Beta2, t));
        for (var i = 0; i < n; i++)
        {
            var g = WithWeightDecay(gradient[i], parameters[i]);
            // PyTorch updates m with lerp: m + (1 − β₁)(g − m), which is β₁m + (1 − β₁)g.
            m[i] += (1 - Beta1) * (g - m[i]);
            v[i] = Beta2 * v[i] + (1 - Beta2) * g * g;
            var vUsed = AmsGrad ? vMax[i] = Math.Max(vMax[i], v[i]) : v[i];
            parameters[i] -= stepSize * m[i] / (Math.Sqrt(vUsed) / correction2Sqrt + Epsilon);
        }
    }

    /// <inheritdoc />
    protected override void ForgetState() => (m, v, vMax, t) = ([], [], [], 0);
}
