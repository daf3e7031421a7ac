namespace Downhill.Optimizers;

/// <summary>
/// One optimizer: given the parameters w and the gradient g = ∇Q(w), it updates w in place.
/// Update formulas and default hyper-parameters follow PyTorch's torch.optim exactly.
/// </summary>
public abstract class Optimizer
{
    /// <summary>A short name for legends, e.g. "Adam".</summary>
    public abstract string Name { get; }

    /// <summary>The learning rate α used by the next step (a schedule may change it between steps).</summary>
    public abstract double LearningRate { get; set; }

    /// <summary>Updates <paramref name="parameters"/> in place from <paramref name="gradient"/>.</summary>
    public abstract void Step(double[] parameters, double[] gradient);

    /// <summary>Forgets all state (momentum buffers, step counters) so the optimizer can start a new run.</summary>
    public abstract void Reset();
}
