namespace Downhill;

/// <summary>
/// Plain gradient descent, PyTorch's <c>torch.optim.SGD</c> without momentum:
/// g ← ∇Q(w) + λw (λ = weight decay, default 0);  w ← w − α·g.
/// The learning rate α has no default: choosing it is the lesson.
/// </summary>
public sealed class GradientDescent : Optimizer
{
    private double _learningRate;
    private int _length;

    /// <summary>Gradient descent with step size α and optional L2 weight decay λ (PyTorch default 0).</summary>
    public GradientDescent(double learningRate, double weightDecay = 0)
    {
        LearningRate = learningRate;
        WeightDecay = Guard.NonNegative(weightDecay, "weight decay");
    }

    /// <inheritdoc />
    public override string Name => "GD";

    /// <inheritdoc />
    public override double LearningRate
    {
        get => _learningRate;
        set => _learningRate = Guard.LearningRate(value);
    }

    /// <summary>λ, the L2 penalty folded into the gradient (PyTorch default 0).</summary>
    public double WeightDecay { get; }

    /// <inheritdoc />
    public override void Step(double[] parameters, double[] gradient)
    {
        CheckStep(parameters, gradient, _length);
        _length = parameters.Length;
        for (var i = 0; i < parameters.Length; i++)
        {
            var g = WeightDecay != 0 ? gradient[i] + WeightDecay * parameters[i] : gradient[i];
            parameters[i] -= _learningRate * g;
        }
    }

    /// <inheritdoc />
    public override void Reset() => _length = 0;
}
