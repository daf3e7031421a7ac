namespace Downhill;

/// <summary>
/// A model with a parameter vector w that an optimizer can move: it predicts from an example's features
/// and has a loss Q(w) on a dataset (the mean over examples) with an analytic gradient ∇Q(w).
/// <see cref="Parameters"/> is the very array the optimizer updates in place.
/// </summary>
public abstract class Model
{
    private protected Model(int featureCount, int parameterCount, IReadOnlyList<string>? featureNames)
    {
        if (featureCount < 1)
            throw new ArgumentException($"A model needs at least one feature; got {featureCount}.");
        FeatureCount = featureCount;
        FeatureNames = featureNames?.ToArray() ?? Enumerable.Range(1, featureCount).Select(j => $"x{j}").ToArray();
        Parameters = new double[parameterCount];
    }

    /// <summary>The features' names (from the dataset the model was made for, else "x1", "x2", …).</summary>
    public IReadOnlyList<string> FeatureNames { get; }

    /// <summary>A short name, e.g. "linear regression".</summary>
    public abstract string Name { get; }

    /// <summary>How many features an example must have.</summary>
    public int FeatureCount { get; }

    /// <summary>The parameter vector w (weights and bias); training updates it in place. Starts at zero.</summary>
    public double[] Parameters { get; }

    /// <summary>A name per parameter, in the order of <see cref="Parameters"/>, e.g. "w[bill_length_mm]", "b".</summary>
    public abstract IReadOnlyList<string> ParameterNames { get; }

    /// <summary>The name of the loss this model minimises, e.g. "mean squared error".</summary>
    public abstract string LossName { get; }

    /// <summary>The mean loss over every example of <paramref name="data"/> at the current parameters.</summary>
    public double Loss(Dataset data)
    {
        CheckData(data, "data");
        return LossAndGradient(data, EveryRow(data), null);
    }

    /// <summary>∇Q(w): the gradient of the mean loss over <paramref name="data"/> at the current parameters.</summary>
    public double[] Gradient(Dataset data)
    {
        CheckData(data, "data");
        var gradient = new double[Parameters.Length];
        LossAndGradient(data, EveryRow(data), gradient);
        return gradient;
    }

    /// <summary>
    /// Q(w) and ∇Q(w) over <paramref name="data"/> from one pass over it: the numbers <see cref="Loss"/> and
    /// <see cref="Gradient"/> give, for the price of the gradient alone (each example's loss is on the way to its gradient).
    /// </summary>
    public (double Loss, double[] Gradient) LossAndGradient(Dataset data)
    {
        CheckData(data, "data");
        var gradient = new double[Parameters.Length];
        var loss = LossAndGradient(data, EveryRow(data), gradient);
        return (loss, gradient);
    }

    /// <summary>Sets every parameter back to zero, the starting point of training.</summary>
    public void Reset() => Array.Clear(Parameters);

    /// <summary>Copies <paramref name="parameters"/> into the model, e.g. a solution found another way.</summary>
    public void SetParameters(double[] parameters)
    {
        Guard.NotNull(parameters, "the parameters");
        if (parameters.Length != Parameters.Length)
            throw new ArgumentException($"This {Name} has {Parameters.Length} parameters ({string.Join(", ", ParameterNames)}); got {parameters.Length} values.");
        Guard.FiniteVector(parameters, "the parameters").CopyTo(Parameters, 0);
    }

    /// <summary>"linear regression: w[x] = 2.01, b = 0.98".</summary>
    public override string ToString() =>
        $"{Name}: {string.Join(", ", ParameterNames.Zip(Parameters, (n, v) => $"{n} = {v:G4}"))}";

    /// <summary>
    /// Q = mean of ℓ over the examples <paramref name="rows"/> of <paramref name="data"/>, and, when
    /// <paramref name="gradient"/> is given, ∇Q = mean of each example's ∇ℓ written into it. One example at a time,
    /// in the order of <paramref name="rows"/>. No input checks: callers have checked the data once.
    /// </summary>
    internal double LossAndGradient(Dataset data, ReadOnlySpan<int> rows, double[]? gradient)
    {
        if (gradient is not null) Array.Clear(gradient);
        var total = 0.0;
        foreach (var i in rows) total += ExampleLoss(data.Row(i), data.TargetArray[i], gradient);
        if (gradient is not null)
            for (var j = 0; j < gradient.Length; j++) gradient[j] /= rows.Length;
        return total / rows.Length;
    }

    /// <summary>The rows 0, 1, …, n − 1 of a whole dataset, kept so that a pass over all of it allocates nothing.</summary>
    internal ReadOnlySpan<int> EveryRow(Dataset data)
    {
        if (everyRow.Length < data.Count) everyRow = [.. Enumerable.Range(0, data.Count)];
        return everyRow.AsSpan(0, data.Count);
    }

    private int[] everyRow = [];

    /// <summary>w·x + b, with the weights w at Parameters[first …] and the bias b right after them.</summary>
    private protected double WeightedSum(ReadOnlySpan<double> x, int first)
    {
        var sum = 0.0;
        for (var j = 0; j < FeatureCount; j++) sum += Parameters[first + j] * x[j];
        return sum + Parameters[first + FeatureCount];
    }

    /// <summary>
    /// Adds one example's ∂ℓ/∂w = s·x and ∂ℓ/∂b = s into <paramref name="gradient"/> at the same places the weights
    /// and bias sit, where s = ∂ℓ/∂(w·x + b) is the loss's slope at this example.
    /// </summary>
    private protected void AddToGradient(double[] gradient, ReadOnlySpan<double> x, double s, int first)
    {
        for (var j = 0; j < FeatureCount; j++) gradient[first + j] += s * x[j];
        gradient[first + FeatureCount] += s;
    }

    /// <summary>
    /// ℓ, the loss of one example (features <paramref name="x"/>, target <paramref name="y"/>), and, when
    /// <paramref name="gradient"/> is given, its gradient ∇ℓ added into it. A prediction that overflowed gives
    /// ℓ = ∞ and adds nothing, so the trainer reports divergence instead of the loss refusing a non-finite input.
    /// </summary>
    private protected abstract double ExampleLoss(ReadOnlySpan<double> x, double y, double[]? gradient);

    /// <summary>Throws, naming <paramref name="role"/> ("training data"), when the data does not fit this model.</summary>
    internal void CheckData(Dataset data, string role)
    {
        Guard.NotNull(data, $"the {role}");
        if (data.FeatureCount != FeatureCount)
            throw new ArgumentException(
                $"This {Name} was built for {FeatureCount} feature(s), but the {role} has {data.FeatureCount} ({string.Join(", ", data.FeatureNames)}).");
        CheckTargets(data, role);
    }

    /// <summary>Throws when the targets do not suit this model (e.g. a class index out of range).</summary>
    private protected virtual void CheckTargets(Dataset data, string role)
    {
    }

    /// <summary>Throws when one example's features do not fit this model.</summary>
    private protected void CheckFeatures(double[] features)
    {
        Guard.NotNull(features, "the features");
        if (features.Length != FeatureCount)
            throw new ArgumentException($"This {Name} takes {FeatureCount} feature value(s); got {features.Length}.");
    }

    /// <summary>"w[name]" per feature, with an optional class suffix.</summary>
    private protected IEnumerable<string> WeightNames(string suffix = "") => FeatureNames.Select(n => $"w[{n}{suffix}]");
}
