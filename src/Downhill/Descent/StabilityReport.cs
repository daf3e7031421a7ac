namespace Downhill;

/// <summary>
/// What the curvature says about plain gradient descent with rate α before any step is taken.
/// Along a direction of curvature λ one step multiplies the error by (1 − αλ), so descent is stable
/// only when α &lt; 2/L, L being the largest curvature.
/// </summary>
public sealed class StabilityReport
{
    private StabilityReport(double learningRate, IReadOnlyList<double> eigenvalues, bool exact, string message)
    {
        LearningRate = learningRate;
        Eigenvalues = eigenvalues;
        IsExact = exact;
        Message = message;
    }

    /// <summary>α, the rate checked.</summary>
    public double LearningRate { get; }

    /// <summary>The Hessian's eigenvalues (curvatures), smallest first.</summary>
    public IReadOnlyList<double> Eigenvalues { get; }

    /// <summary>L, the largest curvature.</summary>
    public double LargestCurvature => Eigenvalues[^1];

    /// <summary>2/L, the largest stable step (infinite when nothing curves upward).</summary>
    public double MaxStableLearningRate => LargestCurvature > 0 ? 2 / LargestCurvature : double.PositiveInfinity;

    /// <summary>True when α ≥ 2/L: expect plain gradient descent to blow up.</summary>
    public bool ExpectDivergence => LargestCurvature > 0 && LearningRate >= MaxStableLearningRate;

    /// <summary>
    /// True when plain gradient descent should settle: α &lt; 2/L and every curvature is positive.
    /// A quadratic with a downward curvature has no minimum, so it is false there.
    /// </summary>
    public bool ExpectConvergence => !ExpectDivergence && Eigenvalues[0] > 0;

    /// <summary>The factor max|1 − αλ| by which the slowest direction's error shrinks (or grows) per step.</summary>
    public double ContractionPerStep => Eigenvalues.Max(l => Math.Abs(1 - LearningRate * l));

    /// <summary>True when the curvature is the same everywhere (the prediction is exact), false when it comes from the Hessian at one point.</summary>
    public bool IsExact { get; }

    /// <summary>The prediction in words, e.g. "α = 0.6 ≥ 2/L = 0.5: expect plain gradient descent to diverge".</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => Message;

    internal static StabilityReport For(Landscape landscape, double learningRate, double[]? at)
    {
        Guard.NotNull(landscape, "the landscape");
        Guard.LearningRate(learningRate);
        var exact = landscape.HasConstantCurvature;
        double[] point;
        if (at is null)
        {
            if (!exact)
                throw new ArgumentException(
                    $"{landscape.Name}'s curvature changes from place to place; say where to check it (at: a point).");
            point = new double[landscape.Dimensions];
        }
        else
        {
            point = Guard.FiniteVector(at, "the point to check the curvature at");
        }
        var hessian = landscape.Hessian(point)
            ?? throw new ArgumentException($"{landscape.Name} does not provide a Hessian, so its curvature cannot be checked.");
        var eigenvalues = Curvature.Eigenvalues(hessian);
        var message = Describe(learningRate, eigenvalues, exact ? "" : $"near ({string.Join(", ", point.Select(Guard.Show))}) ");
        return new StabilityReport(learningRate, eigenvalues, exact, message);
    }

    private static string Describe(double alpha, IReadOnlyList<double> eigenvalues, string where)
    {
        var l = eigenvalues[^1];
        var lowest = eigenvalues[0];
        var a = Guard.Show(alpha);
        if (l <= 0)
            return $"{where}nothing curves upward (largest curvature L = {Guard.Show(l)}): there is no minimum here, and descent slides away downhill";
        var limit = Guard.Show(2 / l);
        if (alpha >= 2 / l)
            return $"α = {a} ≥ 2/L = {limit}{(where == "" ? "" : " " + where.TrimEnd())}: expect plain gradient descent to diverge";
        if (lowest <= 0)
            return $"α = {a} < 2/L = {limit}: stable across the upward-curving directions, but {where}the landscape curves downward along another (curvature {Guard.Show(lowest)}), so descent slides away there";
        var factor = eigenvalues.Max(e => Math.Abs(1 - alpha * e));
        return $"α = {a} < 2/L = {limit}{(where == "" ? "" : " " + where.TrimEnd())}: plain gradient descent should converge; the slowest direction shrinks by a factor {Guard.Show(factor)} per step";
    }
}
