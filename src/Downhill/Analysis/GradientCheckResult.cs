namespace Downhill;

/// <summary>The analytic and numerical gradients side by side, and how far apart they are.</summary>
public sealed class GradientCheckResult
{
    internal GradientCheckResult(double[] analytic, double[] numerical)
    {
        Analytic = analytic;
        Numerical = numerical;
        var worst = 0.0;
        for (var i = 0; i < analytic.Length; i++)
        {
            var scale = Math.Max(1, Math.Max(Math.Abs(analytic[i]), Math.Abs(numerical[i])));
            worst = Math.Max(worst, Math.Abs(analytic[i] - numerical[i]) / scale);
        }
        RelativeError = worst;
    }

    /// <summary>The hand-derived gradient.</summary>
    public IReadOnlyList<double> Analytic { get; }

    /// <summary>The central-difference estimate.</summary>
    public IReadOnlyList<double> Numerical { get; }

    /// <summary>
    /// The largest coordinate-wise error |analytic − numerical| / max(1, |analytic|, |numerical|): relative for
    /// large slopes, absolute near zero, so a flat spot does not divide by nothing.
    /// </summary>
    public double RelativeError { get; }

    /// <summary>True when <see cref="RelativeError"/> is at most <paramref name="tolerance"/> (1e-6 unless told).</summary>
    public bool Passes(double tolerance = 1e-6) => RelativeError <= Guard.Positive(tolerance, "the gradient-check tolerance");

    /// <inheritdoc />
    public override string ToString() => Passes()
        ? $"gradient check passed: largest relative error {Guard.Show(RelativeError)}"
        : $"gradient check FAILED: largest relative error {Guard.Show(RelativeError)} (analytic [{string.Join(", ", Analytic.Select(Guard.Show))}] vs numerical [{string.Join(", ", Numerical.Select(Guard.Show))}])";
}
