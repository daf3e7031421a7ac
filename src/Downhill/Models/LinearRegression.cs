using Downhill.Data;

namespace Downhill.Models;

/// <summary>
/// Linear regression: ŷ = w·x + b, trained on the mean squared error Q(w, b) = mean((ŷ − y)²)
/// (PyTorch's MSELoss, no ½). Its gradient is ∂Q/∂w = mean(2(ŷ − y)·x), ∂Q/∂b = mean(2(ŷ − y)).
/// Parameters are [w₁ … w_d, b].
/// </summary>
public sealed class LinearRegression : Model
{
    private readonly string[] parameterNames;

    /// <summary>A linear regression on <paramref name="featureCount"/> features, starting at w = 0, b = 0.</summary>
    public LinearRegression(int featureCount)
        : this(featureCount, null)
    {
    }

    private LinearRegression(int featureCount, IReadOnlyList<string>? featureNames)
        : base(featureCount, featureCount + 1, featureNames)
    {
        parameterNames = [.. WeightNames(), "b"];
    }

    /// <summary>A linear regression with one weight per feature of <paramref name="data"/>, named after its columns.</summary>
    public static LinearRegression For(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new LinearRegression(data.FeatureCount, data.FeatureNames);
    }

    /// <inheritdoc />
    public override string Name => "linear regression";

    /// <inheritdoc />
    public override string LossName => "mean squared error";

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

    private protected override double ExampleLoss(ReadOnlySpan<double> features, double target)
    {
        var residual = Output(features) - target;
        return residual * residual;
    }

    private protected override double AccumulateExample(ReadOnlySpan<double> features, double target, double[] gradient)
    {
        var residual = Output(features) - target;
        VectorMath.AddScaled(gradient, features, 2 * residual);
        gradient[FeatureCount] += 2 * residual;
        return residual * residual;
    }
}
