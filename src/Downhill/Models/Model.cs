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
        return LossAndGradient(data, null, 0, data.Count, null);
    }

    /// <summary>∇Q(w): the gradient of the mean loss over <paramref name="data"/> at the current parameters.</summary>
    public double[] Gradient(Dataset data)
    {
        CheckData(data, "data");
        var gradient = new double[Parameters.Length];
        LossAndGradient(data, null, 0, data.Count, gradient);
        return gradient;
    }

    /// <summary>Sets every parameter back to zero, the starting point of training.</summary>
    public void Reset() => Array.Clear(Parameters);

    /// <summary>Copies <paramref name="parameters"/> into the model, e.g. a solution found another way.</summary>
    public void SetParameters(double[] parameters)
    {
        Guard.NotNull(parameters, "the parameters");
        if (parameters.Length != Parameters.Length)
            throw new ArgumentException($"This {Name} has {Parameters.Length} parameters ({string.Join(", ", ParameterNames)}); got {parameters.Length} values.");
        foreach (var value in parameters)
            if (!double.IsFinite(value))
                throw new ArgumentException($"Parameters must be finite numbers; got {value}.");
        parameters.CopyTo(Parameters, 0);
    }

    /// <summary>"linear regression: w[x] = 2.01, b = 0.98".</summary>
    public override string ToString() =>
        $"{Name}: {string.Join(", ", ParameterNames.Zip(Parameters, (n, v) => $"{n} = {v:G4}"))}";

    /// <summary>
    /// The mean loss over the examples rows[start..start+count) (or start..start+count when
    /// <paramref name="rows"/> is null), and, when <paramref name="gradient"/> is given, its gradient —
    /// in one pass over the data. <paramref name="runs"/> says how a block-shuffled order is laid out, so the rows
    /// can be asked for ahead. No input checks: callers have checked the data once.
    /// </summary>
    internal double LossAndGradient(Dataset data, int[]? rows, int start, int count, double[]? gradient, BlockRuns? runs = null)
    {
        var width = FeatureCount;
        if (rows is null)
            return MeanOver(data.Values.AsSpan(start * width, count * width), data.TargetArray.AsSpan(start, count), gradient);

        // Blocks kept in file order: a batch inside one block is a stretch of the data itself, read where it lies
        // while the next block is requested.
        if (runs is { MixesExamples: false } && Consecutive(rows.AsSpan(start, count)))
        {
            RowGather.RequestNextRun(data, runs, start, count);
            var firstRow = rows[start];
            return MeanOver(data.Values.AsSpan(firstRow * width, count * width), data.TargetArray.AsSpan(firstRow, count), gradient);
        }

        // Shuffled rows are scattered over memory. Copying the batch into one contiguous block first, with the rows
        // ahead already requested, lets the processor fetch many rows at once; the loss pass then runs in cache.
        var needed = count * width;
        if (batchValues is null || batchValues.Length < needed) batchValues = new double[needed];
        if (batchTargets is null || batchTargets.Length < count) batchTargets = new double[count];
        RowGather.Copy(data, rows, start, count, batchValues, batchTargets, runs);
        return MeanOver(batchValues.AsSpan(0, needed), batchTargets.AsSpan(0, count), gradient);
    }

    private static bool Consecutive(ReadOnlySpan<int> rows)
    {
        for (var k = 1; k < rows.Length; k++)
            if (rows[k] != rows[0] + k) return false;
        return true;
    }

    // Batch buffers, reused from step to step so training allocates nothing per step.
    private double[]? batchValues;
    private double[]? batchTargets;

    /// <summary>The mean loss (and gradient) over consecutive examples, in one pass.</summary>
    private double MeanOver(ReadOnlySpan<double> values, ReadOnlySpan<double> targets, double[]? gradient)
    {
        var width = FeatureCount;
        var count = targets.Length;
        if (gradient is null)
        {
            var sum = 0.0;
            for (var k = 0; k < count; k++) sum += ExampleLoss(values.Slice(k * width, width), targets[k]);
            return sum / count;
        }
        Array.Clear(gradient);
        var total = AccumulateExamples(values, targets, gradient);
        for (var j = 0; j < gradient.Length; j++) gradient[j] /= count;
        return total / count;
    }

    /// <summary>
    /// Adds the loss gradients of consecutive examples (row-major <paramref name="values"/>) to
    /// <paramref name="gradient"/> and returns the sum of their losses. One example at a time unless a model
    /// fuses the work; either way the sums run over the examples in order, so the results are the same bits.
    /// </summary>
    private protected virtual double AccumulateExamples(ReadOnlySpan<double> values, ReadOnlySpan<double> targets, double[] gradient)
    {
        var width = FeatureCount;
        var total = 0.0;
        for (var k = 0; k < targets.Length; k++) total += AccumulateExample(values.Slice(k * width, width), targets[k], gradient);
        return total;
    }

    /// <summary>The loss of one example.</summary>
    private protected abstract double ExampleLoss(ReadOnlySpan<double> features, double target);

    /// <summary>Adds one example's loss gradient to <paramref name="gradient"/> and returns its loss.</summary>
    private protected abstract double AccumulateExample(ReadOnlySpan<double> features, double target, double[] gradient);

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
