namespace Downhill;

/// <summary>The exact least-squares fit y ≈ b + Xw: the answer gradient descent on the mean squared error should reach.</summary>
public sealed class LeastSquaresSolution
{
    internal LeastSquaresSolution(double intercept, double[] weights, double meanSquaredError, string method)
    {
        Intercept = intercept;
        Weights = weights;
        MeanSquaredError = meanSquaredError;
        Method = method;
    }

    /// <summary>b, the intercept (0 when the fit was asked for without one).</summary>
    public double Intercept { get; }

    /// <summary>w, one weight per feature column.</summary>
    public IReadOnlyList<double> Weights { get; }

    /// <summary>The mean squared error of the fit on the data it was fitted to: the lowest any linear model can reach.</summary>
    public double MeanSquaredError { get; }

    /// <summary>"normal equation" or "QR".</summary>
    public string Method { get; }

    /// <summary>The prediction b + x·w for one row of features.</summary>
    public double Predict(double[] features)
    {
        if (features is null || features.Length != Weights.Count)
            throw new ArgumentException($"this fit takes {Weights.Count} feature(s) per row; got {features?.Length.ToString() ?? "null"}.");
        Guard.FiniteVector(features, "the features to predict from");
        var sum = Intercept;
        for (var j = 0; j < features.Length; j++) sum += Weights[j] * features[j];
        return sum;
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"least squares ({Method}): intercept {Guard.Show(Intercept)}, weights [{string.Join(", ", Weights.Select(Guard.Show))}], MSE {Guard.Show(MeanSquaredError)}";
}
