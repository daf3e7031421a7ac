namespace Downhill;

/// <summary>
/// Linear regression: ŷ = w·x + b, trained by default on the mean squared error Q(w, b) = mean((ŷ − y)²)
/// (PyTorch's MSELoss, no ½), whose gradient is ∂Q/∂w = mean(2(ŷ − y)·x), ∂Q/∂b = mean(2(ŷ − y)).
/// Any other regression loss (mean absolute error, Huber) works the same way by the chain rule:
/// ∂Q/∂w = mean(ℓ′(ŷ, y)·x). Parameters are [w₁ … w_d, b].
/// </summary>
public sealed class LinearRegression : Model
{
    private readonly string[] parameterNames;

    private readonly Loss loss;

    /// <summary>A linear regression on <paramref name="featureCount"/> features, starting at w = 0, b = 0.</summary>
    /// <param name="featureCount">How many features an example has.</param>
    /// <param name="loss">The loss to minimise; mean squared error when omitted (e.g. <c>Loss.Huber()</c>).</param>
    public LinearRegression(int featureCount, Loss? loss = null)
        : this(featureCount, null, loss)
    {
    }

    private LinearRegression(int featureCount, IReadOnlyList<string>? featureNames, Loss? loss)
        : base(featureCount, featureCount + 1, featureNames)
    {
        this.loss = loss ?? Downhill.Loss.MeanSquaredError();
        parameterNames = [.. WeightNames(), "b"];
    }

    /// <summary>A linear regression with one weight per feature of <paramref name="data"/>, named after its columns.</summary>
    /// <param name="data">The dataset whose features the model takes.</param>
    /// <param name="loss">The loss to minimise; mean squared error when omitted.</param>
    public static LinearRegression For(Dataset data, Loss? loss = null)
    {
        Guard.NotNull(data, "the data");
        return new LinearRegression(data.FeatureCount, data.FeatureNames, loss);
    }

    /// <inheritdoc />
    public override string Name => "linear regression";

    /// <inheritdoc />
    public override string LossName => loss.Name;

    /// <inheritdoc />
    public override IReadOnlyList<string> ParameterNames => parameterNames;

    /// <summary>The weights w₁ … w_d (a copy).</summary>
    public double[] Weights => Parameters[..FeatureCount];

    /// <summary>The bias (intercept) b.</summary>
    public double Bias => Parameters[FeatureCount];

    /// <summary>ŷ = w·x + b for one example.</summary>
    public double Predict(double[] features)
    {
        CheckFeatures(features);
        return Output(features);
    }

    /// <summary>ŷ for every example of <paramref name="data"/>.</summary>
    public double[] Predict(Dataset data)
    {
        CheckData(data, "data");
        var predictions = new double[data.Count];
        for (var i = 0; i < predictions.Length; i++) predictions[i] = Output(data.Row(i));
        return predictions;
    }

    private double Output(ReadOnlySpan<double> x) =>
        VectorMath.Dot(Parameters.AsSpan(0, FeatureCount), x) + Parameters[FeatureCount];

    // A prediction that overflowed has an infinite loss: the trainer reports divergence instead of
    // the loss refusing a non-finite input.
    private protected override double ExampleLoss(ReadOnlySpan<double> features, double target)
    {
        var prediction = Output(features);
        return double.IsFinite(prediction) ? loss.ValueOf(prediction, target) : double.PositiveInfinity;
    }

    private protected override double AccumulateExample(ReadOnlySpan<double> features, double target, double[] gradient)
    {
        var prediction = Output(features);
        if (!double.IsFinite(prediction)) return double.PositiveInfinity;
        var slope = loss.DerivativeOf(prediction, target);
        VectorMath.AddScaled(gradient, features, slope);
        gradient[FeatureCount] += slope;
        return loss.ValueOf(prediction, target);
    }

    // The fused pass behind every gradient and training step: the same sums as one example at a time, in the same
    // order, a block of rows at a time — each row's prediction, the loss and its slope ℓ′(ŷ, y) for the whole block
    // in one call, then the rows weighted by their slopes added into ∂Q/∂w with the running sums kept in registers.
    private protected override double AccumulateExamples(ReadOnlySpan<double> values, ReadOnlySpan<double> targets, double[] gradient)
    {
        var width = FeatureCount;
        var blockRows = Math.Clamp(BlockValues / width, 1, MaxBlockRows);
        var total = 0.0;
        for (var first = 0; first < targets.Length; first += blockRows)
        {
            var count = Math.Min(blockRows, targets.Length - first);
            total = AccumulateBlock(values.Slice(first * width, count * width), targets.Slice(first, count), gradient, total);
        }
        return total;
    }

    // One block: at most 64 rows, so its predictions and slopes live on the stack and a pass allocates nothing.
    private double AccumulateBlock(ReadOnlySpan<double> block, ReadOnlySpan<double> targets, double[] gradient, double total)
    {
        var width = FeatureCount;
        var weights = Parameters.AsSpan(0, width);
        var bias = Parameters[width];
        Span<double> predictions = stackalloc double[targets.Length];
        var overflowed = false;
        for (var k = 0; k < targets.Length; k++)
        {
            var prediction = predictions[k] = VectorMath.Dot(weights, block.Slice(k * width, width)) + bias;
            overflowed |= !double.IsFinite(prediction);
        }
        // A block with an overflowed prediction (a run blowing up) goes one example at a time, where that example
        // counts as an infinite loss and adds nothing to the gradient.
        if (overflowed) return total + base.AccumulateExamples(block, targets, gradient);

        Span<double> slopes = stackalloc double[targets.Length];
        total = loss.AddValuesAndDerivatives(total, predictions, targets, slopes);
        // ∂Q/∂b sums the slopes; in a local, not through the array, so each add does not wait on a store and reload.
        var biasGradient = gradient[width];
        foreach (var slope in slopes) biasGradient += slope;
        gradient[width] = biasGradient;
        VectorMath.AddScaledRows(gradient.AsSpan(0, width), block, slopes);
        return total;
    }

    // A block of at most 2,048 values (16 KB) stays in the first-level cache between its passes.
    private const int BlockValues = 2048;
    private const int MaxBlockRows = 64;
}
