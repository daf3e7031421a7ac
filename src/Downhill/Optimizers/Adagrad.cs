namespace Downhill;

/// <summary>
/// Adagrad as PyTorch's <c>torch.optim.Adagrad</c>, at step t = 1, 2, …:
/// g ← ∇Q(w) + λw;  s ← s + g²;  α_t = α / (1 + (t − 1)·η);  w ← w − α_t · g / (√s + ε).
/// Each coordinate's step shrinks with the gradients it has seen.
/// Defaults (PyTorch's): α = 0.01, lr_decay η = 0, weight decay λ = 0, initial accumulator s₀ = 0, ε = 1e-10.
/// </summary>
public sealed class Adagrad(
    double learningRate = 0.01, double learningRateDecay = 0, double weightDecay = 0,
    double initialAccumulator = 0, double epsilon = 1e-10) : Optimizer(learningRate, weightDecay)
{
    private double[]? sum; // s; null until the first step
    private int t;

    /// <inheritdoc />
    public override string Name => "Adagrad";

    /// <summary>η, PyTorch's lr_decay (default 0).</summary>
    public double LearningRateDecay { get; } = Guard.NonNegative(learningRateDecay, "Adagrad's learning-rate decay");

    /// <summary>s₀, the starting value of the squared-gradient sum (default 0).</summary>
    public double InitialAccumulator { get; } = Guard.NonNegative(initialAccumulator, "Adagrad's initial accumulator");

    /// <summary>ε, added to √s so the first step cannot divide by zero (default 1e-10).</summary>
    public double Epsilon { get; } = Guard.Positive(epsilon, "ε (epsilon)");

    /// <inheritdoc />
    public override void Step(double[] parameters, double[] gradient)
    {
        CheckStep(parameters, gradient);
        if (sum is null)
        {
            sum = new double[parameters.Length];
            Array.Fill(sum, InitialAccumulator);
        }
        t++;
        var rate = LearningRate / (1 + (t - 1) * LearningRateDecay);
        for (var i = 0; i < parameters.Length; i++)
        {
            var g = WithWeightDecay(gradient[i], parameters[i]);
            sum[i] += g * g;
            parameters[i] -= rate * g / (Math.Sqrt(sum[i]) + Epsilon);
        }
    }

    /// <inheritdoc />
    protected override void ForgetState()
    {
        sum = null;
        t = 0;
    }
}
