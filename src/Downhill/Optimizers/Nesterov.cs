namespace Downhill;

/// <summary>
/// Nesterov momentum in PyTorch's form (<c>torch.optim.SGD(momentum=μ, nesterov=True)</c>):
/// g ← ∇Q(w) + λw;  b ← g on the first step, afterwards b ← μb + g;  w ← w − α(g + μb).
/// The step looks ahead along the buffer instead of evaluating the gradient at a shifted point.
/// </summary>
public sealed class Nesterov : Optimizer
{
    private double _learningRate;
    private double[]? _buffer;

    /// <summary>
    /// Nesterov momentum with step size α and momentum μ (which PyTorch requires to be above 0;
    /// 0.9 is customary). Weight decay defaults to PyTorch's 0; dampening must be 0 in PyTorch, so it is fixed.
    /// </summary>
    public Nesterov(double learningRate, double momentum = 0.9, double weightDecay = 0)
    {
        LearningRate = learningRate;
        if (!double.IsFinite(momentum) || momentum <= 0 || momentum >= 1)
            throw new ArgumentException($"Nesterov's momentum μ must be above 0 and below 1; got {Guard.Show(momentum)}.");
        MomentumFactor = momentum;
        WeightDecay = Guard.NonNegative(weightDecay, "weight decay");
    }

    /// <inheritdoc />
    public override string Name => "Nesterov";

    /// <inheritdoc />
    public override double LearningRate
    {
        get => _learningRate;
        set => _learningRate = Guard.LearningRate(value);
    }

    /// <summary>μ, how much of the previous buffer each step keeps.</summary>
    public double MomentumFactor { get; }

    /// <summary>λ, the L2 penalty folded into the gradient (PyTorch default 0).</summary>
    public double WeightDecay { get; }

    /// <inheritdoc />
    public override void Step(double[] parameters, double[] gradient)
    {
        CheckStep(parameters, gradient, _buffer?.Length ?? 0);
        var first = _buffer is null;
        _buffer ??= new double[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            var g = WeightDecay != 0 ? gradient[i] + WeightDecay * parameters[i] : gradient[i];
            _buffer[i] = first ? g : MomentumFactor * _buffer[i] + g;
            parameters[i] -= _learningRate * (g + MomentumFactor * _buffer[i]);
        }
    }

    /// <inheritdoc />
    public override void Reset() => _buffer = null;
}
