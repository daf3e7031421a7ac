namespace Downhill;

/// <summary>
/// Heavy-ball momentum in PyTorch's form (<c>torch.optim.SGD(momentum=μ)</c>):
/// g ← ∇Q(w) + λw;  b ← g on the first step, afterwards b ← μb + (1 − τ)g;  w ← w − α·b.
/// τ is the dampening (PyTorch default 0). Note α multiplies the whole buffer, unlike the
/// "v ← μv − αg" textbook form; with a constant α the two give the same path.
/// </summary>
public sealed class Momentum : Optimizer
{
    private double _learningRate;
    private double[]? _buffer;

    /// <summary>
    /// Momentum with step size α and momentum μ. PyTorch's SGD has momentum 0 (off) by default;
    /// this type exists to turn it on, so μ defaults to the customary 0.9. Dampening and weight decay
    /// default to PyTorch's 0.
    /// </summary>
    public Momentum(double learningRate, double momentum = 0.9, double dampening = 0, double weightDecay = 0)
    {
        LearningRate = learningRate;
        MomentumFactor = Guard.InHalfOpenRange(momentum, 0, 1, "momentum μ");
        Dampening = Guard.InHalfOpenRange(dampening, 0, 1, "dampening τ");
        WeightDecay = Guard.NonNegative(weightDecay, "weight decay");
    }

    /// <inheritdoc />
    public override string Name => "Momentum";

    /// <inheritdoc />
    public override double LearningRate
    {
        get => _learningRate;
        set => _learningRate = Guard.LearningRate(value);
    }

    /// <summary>μ, how much of the previous buffer each step keeps.</summary>
    public double MomentumFactor { get; }

    /// <summary>τ, the fraction of each new gradient left out of the buffer (PyTorch default 0).</summary>
    public double Dampening { get; }

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
            // PyTorch starts the buffer as a copy of the first gradient, without dampening.
            _buffer[i] = first ? g : MomentumFactor * _buffer[i] + (1 - Dampening) * g;
            parameters[i] -= _learningRate * _buffer[i];
        }
    }

    /// <inheritdoc />
    public override void Reset() => _buffer = null;
}
