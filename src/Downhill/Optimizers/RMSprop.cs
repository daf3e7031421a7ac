namespace Downhill;

/// <summary>
/// RMSprop as PyTorch's <c>torch.optim.RMSprop</c>:
/// g ← ∇Q(w) + λw;  v ← ρv + (1 − ρ)g²;  when centered: ḡ ← ρḡ + (1 − ρ)g and d = √(v − ḡ²) + ε,
/// otherwise d = √v + ε;  with momentum μ &gt; 0: b ← μb + g/d and w ← w − αb, otherwise w ← w − α·g/d.
/// Defaults (PyTorch's): α = 0.01, ρ ("alpha") = 0.99, ε = 1e-8, λ = 0, μ = 0, centered = false.
/// </summary>
public sealed class RMSprop(
    double learningRate = 0.01, double alpha = 0.99, double epsilon = 1e-8, double weightDecay = 0,
    double momentum = 0, bool centered = false) : Optimizer(learningRate, weightDecay)
{
    // v, ḡ and b; null until the first step (ḡ only when centered, b only with momentum).
    private double[]? squareAverage;
    private double[]? gradientAverage;
    private double[]? buffer;

    /// <inheritdoc />
    public override string Name => "RMSprop";

    /// <summary>ρ, PyTorch's "alpha": how slowly the average of g² forgets (default 0.99).</summary>
    public double Alpha { get; } = Guard.InHalfOpenRange(alpha, 0, 1, "RMSprop's smoothing constant alpha");

    /// <summary>ε, added after the square root (default 1e-8).</summary>
    public double Epsilon { get; } = Guard.Positive(epsilon, "ε (epsilon)");

    /// <summary>μ, momentum on the scaled step (default 0, off).</summary>
    public double MomentumFactor { get; } = Guard.InHalfOpenRange(momentum, 0, 1, "momentum μ");

    /// <summary>Whether to divide by an estimate of the gradient's variance instead of its second moment (default false).</summary>
    public bool Centered { get; } = centered;

    /// <inheritdoc />
    public override void Step(double[] parameters, double[] gradient)
    {
        CheckStep(parameters, gradient);
        var n = parameters.Length;
        squareAverage ??= new double[n];
        if (Centered) gradientAverage ??= new double[n];
        if (MomentumFactor > 0) buffer ??= new double[n];
        for (var i = 0; i < n; i++)
        {
            var g = WithWeightDecay(gradient[i], parameters[i]);
            squareAverage[i] = Alpha * squareAverage[i] + (1 - Alpha) * g * g;
            double d;
            if (Centered)
            {
                // PyTorch updates ḡ with lerp: ḡ + (1 − ρ)(g − ḡ), which is ρḡ + (1 − ρ)g.
                var mean = gradientAverage![i] += (1 - Alpha) * (g - gradientAverage[i]);
                d = Math.Sqrt(squareAverage[i] - mean * mean) + Epsilon;
            }
            else d = Math.Sqrt(squareAverage[i]) + Epsilon;

            if (MomentumFactor > 0)
            {
                buffer![i] = MomentumFactor * buffer[i] + g / d;
                parameters[i] -= LearningRate * buffer[i];
            }
            else parameters[i] -= LearningRate * g / d;
        }
    }

    /// <inheritdoc />
    protected override void ForgetState() => (squareAverage, gradientAverage, buffer) = (null, null, null);
}
