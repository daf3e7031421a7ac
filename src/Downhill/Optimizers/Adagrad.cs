namespace Downhill;

/// <summary>
/// Adagrad as PyTorch's <c>torch.optim.Adagrad</c>, at step t = 1, 2, …:
/// g ← ∇Q(w) + λw;  s ← s + g²;  α_t = α / (1 + (t − 1)·η);  w ← w − α_t · g / (√s + ε).
/// Each coordinate's step shrinks with the gradients it has seen.
/// Defaults (PyTorch's): α = 0.01, lr_decay η = 0, weight decay λ = 0, initial accumulator s₀ = 0, ε = 1e-10.
/// </summary>
public sealed class Adagrad : Optimizer
{
    private double _learningRate;
    private double[]? _sum;
    private int _step;

    /// <summary>Adagrad with PyTorch's defaults unless told otherwise.</summary>
    public Adagrad(double learningRate = 0.01, double learningRateDecay = 0, double weightDecay = 0,
        double initialAccumulator = 0, double epsilon = 1e-10)
    {
        LearningRate = learningRate;
        LearningRateDecay = Guard.NonNegative(learningRateDecay, "Adagrad's learning-rate decay");
        WeightDecay = Guard.NonNegative(weightDecay, "weight decay");
        InitialAccumulator = Guard.NonNegative(initialAccumulator, "Adagrad's initial accumulator");
        Epsilon = Guard.Positive(epsilon, "ε (epsilon)");
    }

    /// <inheritdoc />
    public override string Name => "Adagrad";

    /// <inheritdoc />
    public override double LearningRate
    {
        get => _learningRate;
        set => _learningRate = Guard.LearningRate(value);
    }

    /// <summary>η, PyTorch's lr_decay (default 0).</summary>
    public double LearningRateDecay { get; }

    /// <summary>λ, the L2 penalty folded into the gradient (default 0).</summary>
    public double WeightDecay { get; }

    /// <summary>s₀, the starting value of the squared-gradient sum (default 0).</summary>
    public double InitialAccumulator { get; }

    /// <summary>ε, added to √s so the first step cannot divide by zero (default 1e-10).</summary>
    public double Epsilon { get; }

    /// <inheritdoc />
    public override void Step(double[] parameters, double[] gradient)
    {
        CheckStep(parameters, gradient, _sum?.Length ?? 0);
        if (_sum is null)
        {
            _sum = new double[parameters.Length];
            Array.Fill(_sum, InitialAccumulator);
        }
        _step++;
        var rate = _learningRate / (1 + (_step - 1) * LearningRateDecay);
        for (var i = 0; i < parameters.Length; i++)
        {
            var g = WeightDecay != 0 ? gradient[i] + WeightDecay * parameters[i] : gradient[i];
            _sum[i] += g * g;
            parameters[i] -= rate * g / (Math.Sqrt(_sum[i]) + Epsilon);
        }
    }

    /// <inheritdoc />
    public override void Reset()
    {
        _sum = null;
        _step = 0;
    }
}
