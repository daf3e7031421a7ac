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
    private double learningRate;
    private int parameterCount; // 0 until the first step, and again after Reset

    /// <summary>Sets α (checked as every later change of it is) and λ.</summary>
    protected Optimizer(double learningRate, double weightDecay)
    {
        LearningRate = learningRate;
        WeightDecay = Guard.NonNegative(weightDecay, "weight decay");
    }

    /// <summary>A short name for legends, e.g. "Adam".</summary>
    public abstract string Name { get; }

    /// <summary>The learning rate α used by the next step (a schedule may change it between steps): a positive, finite number.</summary>
    public double LearningRate
    {
        get => learningRate;
        set => learningRate = Guard.LearningRate(value);
    }

    /// <summary>
    /// λ, PyTorch's <c>weight_decay</c> (0 unless said otherwise; AdamW's default is 0.01). Each optimizer's formula
    /// says how it acts: most fold it into the gradient, g ← ∇Q(w) + λw; AdamW shrinks w by 1 − αλ instead.
    /// </summary>
    public double WeightDecay { get; }

    /// <summary>Updates <paramref name="parameters"/> in place from <paramref name="gradient"/>.</summary>
    public abstract void Step(double[] parameters, double[] gradient);

    /// <summary>Forgets all state (momentum buffers, step counters) so the optimizer can start a new run.</summary>
    public void Reset()
    {
        parameterCount = 0;
        ForgetState();
    }

    /// <summary>Clears what this optimizer carries from step to step; plain gradient descent carries nothing.</summary>
    protected virtual void ForgetState()
    {
    }

    /// <summary>"Adam α=0.001": the name with its learning rate, for legends.</summary>
    public override string ToString() =>
        $"{Name} α={ChartNumber.Show(LearningRate)}";

    /// <summary>
    /// Checks one step's inputs, first thing in every <see cref="Step"/>: both vectors present, non-empty, the same
    /// length, and the same length as in the steps since the last <see cref="Reset"/>.
    /// </summary>
    protected void CheckStep(double[] parameters, double[] gradient)
    {
        if (parameters is null || parameters.Length == 0)
            throw new ArgumentException($"{Name} needs at least one parameter to update; got {(parameters is null ? "null" : "an empty vector")}.");
        if (gradient is null || gradient.Length != parameters.Length)
            throw new ArgumentException(
                $"{Name} needs one gradient value per parameter; got {parameters.Length} parameter(s) and {(gradient is null ? "no gradient" : gradient.Length + " gradient value(s)")}.");
        if (parameterCount != 0 && parameterCount != parameters.Length)
            throw new ArgumentException(
                $"{Name} was stepping {parameterCount} parameter(s) and now got {parameters.Length}; call Reset() before using it on another problem.");
        parameterCount = parameters.Length;
    }

    /// <summary>g + λw: the L2 penalty folded into the gradient, as torch.optim does — and, as there, skipped when λ = 0.</summary>
    protected double WithWeightDecay(double gradient, double parameter) =>
        WeightDecay == 0 ? gradient : gradient + WeightDecay * parameter;
}
