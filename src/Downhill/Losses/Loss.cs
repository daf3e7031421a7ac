namespace Downhill;

/// <summary>
/// A loss that compares each prediction with its target and averages, as PyTorch's losses do by default
/// (reduction "mean"): L = (1/n) Σ ℓ(pᵢ, yᵢ). <see cref="Gradient(double[], double[])"/> is ∂L/∂pᵢ, already
/// divided by n, ready to be chained into a model's parameters.
/// Softmax regression scores several classes by their logits and computes its own cross-entropy from them.
/// </summary>
public abstract class Loss
{
    /// <summary>A name for legends and messages, e.g. "mean squared error".</summary>
    public abstract string Name { get; }

    /// <summary>The formula for one example, e.g. "(p − y)²".</summary>
    public abstract string Formula { get; }

    /// <summary>L = (1/n) Σ ℓ(pᵢ, yᵢ).</summary>
    public double Value(double[] predictions, double[] targets)
    {
        Check(predictions, targets);
        var sum = 0.0;
        for (var i = 0; i < predictions.Length; i++) sum += PointValue(predictions[i], targets[i]);
        return sum / predictions.Length;
    }

    /// <summary>∂L/∂pᵢ for every prediction (the mean's 1/n included).</summary>
    public double[] Gradient(double[] predictions, double[] targets)
    {
        Check(predictions, targets);
        var gradient = new double[predictions.Length];
        Fill(predictions, targets, gradient);
        return gradient;
    }

    /// <summary>ℓ(p, y) for one example.</summary>
    public double ValueOf(double prediction, double target)
    {
        CheckPair(prediction, target);
        return PointValue(prediction, target);
    }

    /// <summary>dℓ/dp for one example (not divided by n).</summary>
    public double DerivativeOf(double prediction, double target)
    {
        CheckPair(prediction, target);
        return PointDerivative(prediction, target);
    }

    /// <summary>
    /// Throws when a target of <paramref name="data"/> is not one this loss accepts. A model checks its data once with
    /// this, then takes ℓ and dℓ/dp of each example by <see cref="ValueOfChecked"/> and <see cref="DerivativeOfChecked"/>
    /// rather than checking the same targets again at every example of every step.
    /// </summary>
    internal void CheckTargets(Dataset data)
    {
        var targets = data.TargetArray;
        for (var i = 0; i < targets.Length; i++) CheckTarget(targets[i], i);
    }

    /// <summary>ℓ(p, y) for a finite prediction and a target already checked by <see cref="CheckTargets"/>.</summary>
    internal double ValueOfChecked(double prediction, double target) => PointValue(prediction, target);

    /// <summary>dℓ/dp for a finite prediction and a target already checked by <see cref="CheckTargets"/>.</summary>
    internal double DerivativeOfChecked(double prediction, double target) => PointDerivative(prediction, target);

    /// <inheritdoc />
    public override string ToString() => $"{Name}: ℓ(p, y) = {Formula}";

    /// <summary>Mean squared error, ℓ = (p − y)² (PyTorch's MSELoss, no ½).</summary>
    public static MeanSquaredError MeanSquaredError() => new();

    /// <summary>Mean absolute error, ℓ = |p − y| (PyTorch's L1Loss).</summary>
    public static MeanAbsoluteError MeanAbsoluteError() => new();

    /// <summary>Huber loss with threshold δ (PyTorch's HuberLoss, δ defaulting to its 1.0).</summary>
    public static HuberLoss Huber(double delta = 1.0) => new(delta);

    /// <summary>Binary cross-entropy on logits (PyTorch's BCEWithLogitsLoss), stable at any logit.</summary>
    public static BinaryCrossEntropyFromLogits BinaryCrossEntropyFromLogits() => new();

    /// <summary>ℓ(p, y) for one valid example.</summary>
    protected abstract double PointValue(double prediction, double target);

    /// <summary>dℓ/dp for one valid example.</summary>
    protected abstract double PointDerivative(double prediction, double target);

    /// <summary>Throws when a target is not one this loss accepts (e.g. outside [0, 1] for cross-entropy).</summary>
    protected virtual void CheckTarget(double target, int index)
    {
    }

    private void Fill(double[] predictions, double[] targets, double[] gradient)
    {
        var n = (double)predictions.Length;
        for (var i = 0; i < predictions.Length; i++) gradient[i] = PointDerivative(predictions[i], targets[i]) / n;
    }

    private void Check(double[] predictions, double[] targets)
    {
        Guard.FiniteVector(predictions, "the predictions");
        Guard.FiniteVector(targets, "the targets");
        if (predictions.Length != targets.Length)
            throw new ArgumentException(
                $"{Name} pairs each prediction with a target; got {predictions.Length} prediction(s) and {targets.Length} target(s).");
        for (var i = 0; i < targets.Length; i++) CheckTarget(targets[i], i);
    }

    private void CheckPair(double prediction, double target)
    {
        Guard.Finite(prediction, "the prediction");
        Guard.Finite(target, "the target");
        CheckTarget(target, 0);
    }
}
