namespace Downhill;

/// <summary>
/// Heavy-ball momentum in PyTorch's form (<c>torch.optim.SGD(momentum=μ)</c>):
/// g ← ∇Q(w) + λw;  b ← g on the first step, afterwards b ← μb + (1 − τ)g;  w ← w − α·b.
/// τ is the dampening (PyTorch default 0). Note α multiplies the whole buffer, unlike the
/// "v ← μv − αg" textbook form; with a constant α the two give the same path.
/// <see cref="Nesterov"/> is the same buffer with a look-ahead step, as in PyTorch, where both are SGD.
/// </summary>
public class Momentum : Optimizer
{
    private readonly bool lookAhead;
    private double[]? buffer; // b; null until the first step

    /// <summary>
    /// Momentum with step size α and momentum μ. PyTorch's SGD has momentum 0 (off) by default;
    /// this type exists to turn it on, so μ defaults to the customary 0.9. Dampening and weight decay
    /// default to PyTorch's 0.
    /// </summary>
    public Momentum(double learningRate, double momentum = 0.9, double dampening = 0, double weightDecay = 0)
        : this(learningRate, Guard.InHalfOpenRange(momentum, 0, 1, "momentum μ"), dampening, weightDecay, lookAhead: false)
    {
    }

    private protected Momentum(double learningRate, double momentum, double dampening, double weightDecay, bool lookAhead)
        : base(learningRate, weightDecay)
    {
        MomentumFactor = momentum;
        Dampening = Guard.InHalfOpenRange(dampening, 0, 1, "dampening τ");
        this.lookAhead = lookAhead;
    }

    /// <inheritdoc />
    public override string Name => "Momentum";

    /// <summary>μ, how much of the previous buffer each step keeps.</summary>
    public double MomentumFactor { get; }

    /// <summary>"Momentum α=0.1 β=0.9": both knobs, since two momentum runs that differ only in β are a lesson's point.</summary>
    public override string ToString() => $"{base.ToString()} β={ChartNumber.Show(MomentumFactor)}";

    /// <summary>τ, the fraction of each new gradient left out of the buffer (PyTorch default 0).</summary>
    public double Dampening { get; }

    /// <inheritdoc />
    public override void Step(double[] parameters, double[] gradient)
    {
        CheckStep(parameters, gradient);
        var firstStep = buffer is null;
        buffer ??= new double[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            var g = WithWeightDecay(gradient[i], parameters[i]);
            // PyTorch starts the buffer as a copy of the first gradient, without dampening.
            buffer[i] = firstStep ? g : MomentumFactor * buffer[i] + (1 - Dampening) * g;
            parameters[i] -= LearningRate * (lookAhead ? g + MomentumFactor * buffer[i] : buffer[i]);
        }
    }

    /// <inheritdoc />
    protected override void ForgetState() => buffer = null;
}
