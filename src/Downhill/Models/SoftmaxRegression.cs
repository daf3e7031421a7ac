namespace Downhill;

/// <summary>
/// Softmax (multinomial logistic) regression for K classes: one logit per class z_k = w_k·x + b_k, probabilities
/// p = softmax(z), trained on softmax cross-entropy (PyTorch's CrossEntropyLoss) Q = mean(log Σ_k e^(z_k) − z_y),
/// whose gradient is ∂Q/∂z_k = p_k − [k = y]. Parameters are K blocks [w_k1 … w_kd, b_k], class 0 first.
/// </summary>
public sealed class SoftmaxRegression : Classifier
{
    private readonly string[] parameterNames;
    private readonly string[] classNames;
    // One example's logits z and slopes ∂ℓ/∂z, reused from example to example so training allocates nothing per example.
    private readonly double[] exampleLogits;
    private readonly double[] exampleSlopes;

    /// <summary>A softmax regression on <paramref name="featureCount"/> features and <paramref name="classCount"/> classes, starting at zero.</summary>
    public SoftmaxRegression(int featureCount, int classCount)
        : this(featureCount, classCount, null, null)
    {
    }

    private SoftmaxRegression(int featureCount, int classCount, IReadOnlyList<string>? featureNames, IReadOnlyList<string>? classNames)
        : base(featureCount, CheckClassCount(classCount), classCount * (featureCount + 1), featureNames)
    {
        exampleLogits = new double[classCount];
        exampleSlopes = new double[classCount];
        this.classNames = classNames?.ToArray() ?? Enumerable.Range(0, classCount).Select(k => k.ToString()).ToArray();
        parameterNames = Enumerable.Range(0, classCount)
            .SelectMany(k => WeightNames($", {this.classNames[k]}").Append($"b[{this.classNames[k]}]"))
            .ToArray();
    }

    /// <summary>A softmax regression for the features and classes of <paramref name="data"/> (a classification dataset).</summary>
    public static SoftmaxRegression For(Dataset data)
    {
        Guard.NotNull(data, "the data");
        if (!data.IsClassification)
            throw new ArgumentException(
                $"Softmax regression needs a classification dataset (load it with Csv.LoadClasses); the target '{data.TargetName}' of {data.Source} has no class names.");
        return new SoftmaxRegression(data.FeatureCount, data.ClassCount, data.FeatureNames, data.ClassNames);
    }

    /// <inheritdoc />
    public override string Name => "softmax regression";

    /// <inheritdoc />
    public override string LossName => "softmax cross-entropy";

    /// <inheritdoc />
    public override IReadOnlyList<string> ParameterNames => parameterNames;

    /// <summary>The class names ("0", "1", … unless the model was made for a dataset).</summary>
    public IReadOnlyList<string> ClassNames => classNames;

    /// <summary>One logit per class for one example.</summary>
    public double[] Logits(double[] features)
    {
        CheckFeatures(features);
        var logits = new double[ClassCount];
        LogitsOf(features, logits);
        return logits;
    }

    // Class k's weights and bias sit together, one block of FeatureCount + 1 parameters per class.
    private void LogitsOf(ReadOnlySpan<double> x, double[] logits)
    {
        for (var k = 0; k < logits.Length; k++) logits[k] = WeightedSum(x, first: k * (FeatureCount + 1));
    }

    private protected override int MostLikelyClass(ReadOnlySpan<double> features)
    {
        var logits = new double[ClassCount];
        LogitsOf(features, logits);
        var best = 0;
        for (var k = 1; k < logits.Length; k++)
            if (logits[k] > logits[best]) best = k;
        return best;
    }

    // z_k = w_k·x + b_k;  ℓ = log Σ_k e^(z_k) − z_y;  ∂ℓ/∂w_k = (p_k − [k = y])·x,  ∂ℓ/∂b_k = p_k − [k = y], p = softmax(z).
    // Through the library's stable log-sum-exp and softmax (shifted by the largest logit).
    private protected override double ExampleLoss(ReadOnlySpan<double> x, double y, double[]? gradient)
    {
        var logits = exampleLogits;
        LogitsOf(x, logits);
        if (!Vectors.AllFinite(logits)) return double.PositiveInfinity;
        var target = (int)y;
        if (gradient is not null)
        {
            var dz = exampleSlopes;
            Downhill.Logits.Softmax(logits, dz);
            dz[target] -= 1;
            for (var k = 0; k < dz.Length; k++) AddToGradient(gradient, x, dz[k], first: k * (FeatureCount + 1));
        }
        return Downhill.Logits.LogSumExp(logits) - logits[target];
    }

    private static int CheckClassCount(int classCount) =>
        classCount >= 2 ? classCount : throw new ArgumentException($"Softmax regression needs at least 2 classes; got {classCount}.");
}
