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

    private double Output(ReadOnlySpan<double> x) => WeightedSum(x, first: 0);

    // The targets suit the loss (e.g. in [0, 1] for cross-entropy): checked once per data set, not per example.
    private protected override void CheckTargets(Dataset data, string role) => loss.CheckTargets(data);

    // ŷ = w·x + b;  ℓ(ŷ, y);  ∂ℓ/∂w = ℓ′(ŷ, y)·x,  ∂ℓ/∂b = ℓ′(ŷ, y).
    private protected override double ExampleLoss(ReadOnlySpan<double> x, double y, double[]? gradient)
    {
        var prediction = Output(x);
        if (!double.IsFinite(prediction)) return double.PositiveInfinity;
        if (gradient is not null)
        {
            var slope = loss.DerivativeOfChecked(prediction, y);
            AddToGradient(gradient, x, slope, first: 0);
        }
        return loss.ValueOfChecked(prediction, y);
    }
}
