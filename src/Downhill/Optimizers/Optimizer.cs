using System.Globalization;

namespace Downhill;

/// <summary>
/// One optimizer: given the parameters w and the gradient g = ∇Q(w), it updates w in place.
/// Update formulas and default hyper-parameters follow PyTorch's torch.optim exactly.
/// State (momentum buffers, running averages) is sized on the first step, so one optimizer works on
/// vectors of any length; call <see cref="Reset"/> before reusing it on another problem.
/// A non-finite gradient is not rejected here — it flows into the parameters, and a descent run
/// reports that as divergence.
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

    /// <summary>"Adam α=0.001": the name with its learning rate, for legends.</summary>
    public override string ToString() =>
        $"{Name} α={LearningRate.ToString("G4", CultureInfo.InvariantCulture)}";

    /// <summary>
    /// Checks one step's inputs: both vectors present, non-empty, the same length, and the same length
    /// as in earlier steps (<paramref name="stateLength"/> is 0 before the first step).
    /// </summary>
    protected void CheckStep(double[] parameters, double[] gradient, int stateLength)
    {
        if (parameters is null || parameters.Length == 0)
            throw new ArgumentException($"{Name} needs at least one parameter to update; got {(parameters is null ? "null" : "an empty vector")}.");
        if (gradient is null || gradient.Length != parameters.Length)
            throw new ArgumentException(
                $"{Name} needs one gradient value per parameter; got {parameters.Length} parameter(s) and {(gradient is null ? "no gradient" : gradient.Length + " gradient value(s)")}.");
        if (stateLength != 0 && stateLength != parameters.Length)
            throw new ArgumentException(
                $"{Name} was stepping {stateLength} parameter(s) and now got {parameters.Length}; call Reset() before using it on another problem.");
    }
}
