namespace Downhill;

/// <summary>
/// Logistic regression for two classes: the logit z = w·x + b, the probability of class 1 is σ(z) = 1/(1 + e^(−z)),
/// trained on binary cross-entropy from logits (PyTorch's BCEWithLogitsLoss),
/// Q = mean(max(z, 0) − z·y + log(1 + e^(−|z|))), whose gradient is ∂Q/∂z = σ(z) − y — written this
/// way it stays finite even for logits of ±1000. Parameters are [w₁ … w_d, b].
/// </summary>
public sealed class LogisticRegression : Classifier
{
    private static readonly Loss CrossEntropy = Downhill.Loss.BinaryCrossEntropyFromLogits();
    private readonly string[] parameterNames;

    /// <summary>A logistic regression on <paramref name="featureCount"/> features, starting at w = 0, b = 0 (every probability ½).</summary>
    public LogisticRegression(int featureCount)
        : this(featureCount, null)
    {
    }

    private LogisticRegression(int featureCount, IReadOnlyList<string>? featureNames)
        : base(featureCount, 2, featureCount + 1, featureNames)
    {
        parameterNames = [.. WeightNames(), "b"];
    }

    /// <summary>A logistic regression with one weight per feature of <paramref name="data"/>, named after its columns.</summary>
    public static LogisticRegression For(Dataset data)
    {
        Guard.NotNull(data, "the data");
        return new LogisticRegression(data.FeatureCount, data.FeatureNames);
    }

    /// <inheritdoc />
    public override string Name => "logistic regression";

    /// <inheritdoc />
    public override string LossName => CrossEntropy.Name;

    /// <inheritdoc />
    public override IReadOnlyList<string> ParameterNames => parameterNames;

    /// <summary>The weights w₁ … w_d (a copy).</summary>
    public double[] Weights => Parameters[..FeatureCount];

    /// <summary>The bias b.</summary>
    public double Bias => Parameters[FeatureCount];

    /// <summary>The logit z = w·x + b for one example (positive means class 1 is more likely).</summary>
    public double Logit(double[] features)
    {
        CheckFeatures(features);
        return LogitOf(features);
    }

    /// <summary>The probability σ(z) that the example is in class 1.</summary>
    public double Probability(double[] features) => Logits.Sigmoid(Logit(features));

    private double LogitOf(ReadOnlySpan<double> x) => WeightedSum(x, first: 0);

    private protected override int MostLikelyClass(ReadOnlySpan<double> features) => LogitOf(features) >= 0 ? 1 : 0;

    // z = w·x + b;  ℓ(z, y);  ∂ℓ/∂w = (σ(z) − y)·x,  ∂ℓ/∂b = σ(z) − y.
    private protected override double ExampleLoss(ReadOnlySpan<double> x, double y, double[]? gradient)
    {
        var z = LogitOf(x);
        if (!double.IsFinite(z)) return double.PositiveInfinity;
        if (gradient is not null)
        {
            var dz = CrossEntropy.DerivativeOfChecked(z, y); // σ(z) − y; y is a class, 0 or 1 (checked with the data)
            AddToGradient(gradient, x, dz, first: 0);
        }
        return CrossEntropy.ValueOfChecked(z, y);
    }
}
