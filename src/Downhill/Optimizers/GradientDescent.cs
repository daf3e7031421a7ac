namespace Downhill;

/// <summary>
/// Plain gradient descent, PyTorch's <c>torch.optim.SGD</c> without momentum:
/// g ← ∇Q(w) + λw (λ = weight decay, default 0);  w ← w − α·g.
/// The learning rate α has no default: choosing it is the lesson.
/// </summary>
public sealed class GradientDescent(double learningRate, double weightDecay = 0) : Optimizer(learningRate, weightDecay)
{
    /// <inheritdoc />
    public override string Name => "GD";

    /// <inheritdoc />
    public override void Step(double[] parameters, double[] gradient)
    {
        CheckStep(parameters, gradient);
        for (var i = 0; i < parameters.Length; i++)
        {
            var g = WithWeightDecay(gradient[i], parameters[i]);
            parameters[i] -= LearningRate * g;
        }
    }
}
