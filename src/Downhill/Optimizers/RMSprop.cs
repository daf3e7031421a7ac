namespace Downhill;

/// <summary>
/// RMSprop as PyTorch's <c>torch.optim.RMSprop</c>:
/// g ← ∇Q(w) + λw;  v ← ρv + (1 − ρ)g²;  when centered: ḡ ← ρḡ + (1 − ρ)g and d = √(v − ḡ²) + ε,
/// otherwise d = √v + ε;  with momentum μ &gt; 0: b ← μb + g/d and w ← w − αb, otherwise w ← w − α·g/d.
/// Defaults (PyTorch's): α = 0.01, ρ ("alpha") = 0.99, ε = 1e-8, λ = 0, μ = 0, centered = false.
/// </summary>
public sealed class RMSprop : Optimizer
{
    private double _learningRate;
    private double[]? _squareAverage;
    private double[]? _gradientAverage;
    private double[]? _buffer;

    /// <summary>RMSprop with PyTorch's defaults unless told otherwise; <paramref name="alpha"/> is the smoothing constant ρ.</summary>
    public RMSprop(double learningRate = 0.01, double alpha = 0.99, double epsilon = 1e-8, double weightDecay = 0,
        double momentum = 0, bool centered = false)
    {
        LearningRate = learningRate;
        Alpha = Guard.InHalfOpenRange(alpha, 0, 1, "RMSprop's smoothing constant alpha");
        Epsilon = Guard.Positive(epsilon, "ε (epsilon)");
        WeightDecay = Guard.NonNegative(weightDecay, "weight decay");
        MomentumFactor = Guard.InHalfOpenRange(momentum, 0, 1, "momentum μ");
        Centered = centered;
    }

    /// <inheritdoc />
    public override string Name => "RMSprop";

    /// <inheritdoc />
    public override double LearningRate
    {
        get => _learningRate;
        set => _learningRate = Guard.LearningRate(value);
    }

    /// <summary>ρ, PyTorch's "alpha": how slowly the average of g² forgets (default 0.99).</summary>
    public double Alpha { get; }

    /// <summary>ε, added after the square root (default 1e-8).</summary>
    public double Epsilon { get; }

    /// <summary>λ, the L2 penalty folded into the gradient (default 0).</summary>
    public double WeightDecay { get; }

    /// <summary>μ, momentum on the scaled step (default 0, off).</summary>
    public double MomentumFactor { get; }

    /// <summary>Whether to divide by an estimate of the gradient's variance instead of its second moment (default false).</summary>
    public bool Centered { get; }

    /// <inheritdoc />
    public override void Step(double[] parameters, double[] gradient)
    {
        CheckStep(parameters, gradient, _squareAverage?.Length ?? 0);
        var n = parameters.Length;
        _squareAverage ??= new double[n];
        if (Centered) _gradientAverage ??= new double[n];
        if (MomentumFactor > 0) _buffer ??= new double[n];
        for (var i = 0; i < n; i++)
        {
            var g = WeightDecay != 0 ? gradient[i] + WeightDecay * parameters[i] : gradient[i];
            _squareAverage[i] = Alpha * _squareAverage[i] + (1 - Alpha) * g * g;
            double denominator;
            if (Centered)
            {
                // PyTorch updates ḡ with lerp: ḡ + (1 − ρ)(g − ḡ), which is ρḡ + (1 − ρ)g.
                var average = _gradientAverage![i] += (1 - Alpha) * (g - _gradientAverage[i]);
                denominator = Math.Sqrt(_squareAverage[i] - average * average) + Epsilon;
            }
            else
            {
                denominator = Math.Sqrt(_squareAverage[i]) + Epsilon;
            }
            if (MomentumFactor > 0)
            {
                _buffer![i] = MomentumFactor * _buffer[i] + g / denominator;
                parameters[i] -= _learningRate * _buffer[i];
            }
            else
            {
                parameters[i] -= _learningRate * g / denominator;
            }
        }
    }

    /// <inheritdoc />
    public override void Reset()
    {
        _squareAverage = null;
        _gradientAverage = null;
        _buffer = null;
    }
}
