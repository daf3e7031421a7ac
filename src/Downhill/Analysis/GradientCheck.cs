namespace Downhill;

/// <summary>
/// Checks a hand-derived gradient against central differences, (f(w + heᵢ) − f(w − heᵢ)) / 2h, whose
/// error shrinks like h². The habit that catches a wrong sign or a missing factor of 2 before it costs a day.
/// </summary>
public static class GradientCheck
{
    /// <summary>The default step h: near the cube root of machine epsilon, where truncation and rounding errors balance.</summary>
    public const double DefaultStep = 1e-5;

    /// <summary>The central-difference gradient of <paramref name="function"/> at <paramref name="point"/>.</summary>
    public static double[] Numerical(Func<double[], double> function, double[] point, double step = DefaultStep)
    {
        Guard.NotNull(function, "the function");
        Guard.FiniteVector(point, "the point");
        Guard.Positive(step, "the finite-difference step h");
        var probe = (double[])point.Clone();
        var gradient = new double[point.Length];
        for (var i = 0; i < point.Length; i++)
        {
            probe[i] = point[i] + step;
            var above = function(probe);
            probe[i] = point[i] - step;
            var below = function(probe);
            probe[i] = point[i];
            gradient[i] = (above - below) / (2 * step);
        }
        return gradient;
    }

    /// <summary>Compares an analytic gradient with central differences at one point.</summary>
    public static GradientCheckResult Compare(Func<double[], double> function, Func<double[], double[]> gradient,
        double[] point, double step = DefaultStep)
    {
        Guard.NotNull(gradient, "the gradient function");
        var numerical = Numerical(function, point, step);
        var analytic = gradient((double[])point.Clone());
        if (analytic is null || analytic.Length != point.Length)
            throw new ArgumentException(
                $"the gradient function must return one value per coordinate ({point.Length}); it returned {analytic?.Length.ToString() ?? "null"}.");
        return new GradientCheckResult(analytic, numerical);
    }

    /// <summary>Compares a landscape's analytic gradient with central differences at one point.</summary>
    public static GradientCheckResult Compare(Landscape landscape, double[] point, double step = DefaultStep)
    {
        Guard.NotNull(landscape, "the landscape");
        return Compare(landscape.Value, landscape.Gradient, point, step);
    }
}
