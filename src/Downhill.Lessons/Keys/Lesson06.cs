using MathNet.Numerics.LinearAlgebra;

namespace Downhill;

/// <summary>
/// The checks for 06-feature-scaling's exercises. The answers live here, not in the notebook, so none is on screen;
/// a wrong answer gets a hint that points at the idea.
/// </summary>
public static class Lesson06
{
    private const string StandardiseHint =
        "take the mean and the spread from the training column alone, then apply those two numbers to every test value " +
        "— a single new house, with no test column to average, must be standardisable too.";

    /// <summary>
    /// 06.1 — write it: standardise a test column with the training column's mean and spread. Tested by behaviour on
    /// columns it has not seen: the test values must come out as (x − mean of train) / spread of train (the population or
    /// the sample spread), for a column of test houses that are bigger on average and for a single new house — so a leak
    /// (the test column's own numbers, or both columns pooled) fails.
    /// </summary>
    public static Feedback CheckTrainOnlyStandardising(Func<double[], double[], double[]> standardise)
    {
        var check = new WriteIt("06.1", StandardiseHint);
        if (check.Refuse(standardise) is { } refused) return refused;
        var random = new Random(6);
        var train = Enumerable.Range(0, 40).Select(_ => 1500 + 500 * (random.NextDouble() - 0.5)).ToArray();
        // The test houses are bigger on average, so their own mean, or a pooled one, gives different numbers.
        var cases = new (string Name, double[] Test)[]
        {
            ("eight test houses larger than the training ones", Enumerable.Range(0, 8).Select(_ => 2500 + 400 * random.NextDouble()).ToArray()),
            ("a single new house of 3,000 sq ft", [3000.0]),
        };
        var mean = train.Average();
        var squares = train.Sum(v => (v - mean) * (v - mean));
        foreach (var (name, test) in cases)
        {
            if (!check.TryRun(() => standardise((double[])train.Clone(), (double[])test.Clone()), $"with {name},", out var got, out var failed))
                return failed;
            if (got is null || got.Length != test.Length)
                return check.NotYet($"with {name}, your function returned {got?.Length ?? 0} value(s); it should return one per test value.");
            bool Matches(double spread) =>
                got.Zip(test, (z, x) => Math.Abs(z - (x - mean) / spread) <= 1e-9 * Math.Max(1, Math.Abs(z))).All(ok => ok);
            if (!Matches(Math.Sqrt(squares / train.Length)) && !Matches(Math.Sqrt(squares / (train.Length - 1))))
                return check.NotYet($"with {name}, your values are not the ones the training numbers give.");
        }
        return check.Correct("the test values are standardised with the training numbers only, even a single new house.");
    }

    /// <summary>
    /// 06.2 — a knob puzzle: a learning rate with which full-batch descent fits the standardised model (from zero, until the
    /// gradient's norm is at most <paramref name="tolerance"/>, as <c>Trainer.Fit(…, tolerance)</c> says converged) in at most 1.5 times the fewest epochs any fixed rate
    /// needs. The fewest is found by experiment too, over 400 rates across the stable range (0, 2/L). The runs use the
    /// model's loss written as its quadratic (½θᵀAθ − bᵀθ, A = (2/n)XᵀX with the intercept's column of ones), whose
    /// full-batch descent is the same, step for step.
    /// </summary>
    public static Feedback CheckQuickRate(double rate, Dataset standardised, double tolerance)
    {
        Guard.NotNull(standardised, "the standardised data");
        Guard.Positive(tolerance, "the tolerance");
        var loss = LossOf(standardised);
        var fewest = Enumerable.Range(1, 399).Select(k => EpochsToConverge(loss, 2 / loss.LargestCurvature * k / 400, tolerance)).Min();
        var hint = "try rates between the knob's α and the largest stable one; the fastest fixed rate balances the steepest direction " +
                   "(which must not overshoot too much) against the flattest (which must not crawl).";
        if (!double.IsFinite(rate) || rate <= 0)
            return new Feedback("06.2", false, $"α = {rate} is not a positive learning rate.", hint);
        var run = Run(loss, rate, tolerance);
        if (run.Outcome == RunOutcome.Diverged)
            return new Feedback("06.2", false, $"with α = {rate} the fit blows up.", hint);
        var epochs = EpochsToConverge(loss, rate, tolerance);
        if (epochs == int.MaxValue)
            return new Feedback("06.2", false, $"with α = {rate} the fit has not converged after {Cap} epochs.", hint);
        return epochs <= 1.5 * fewest
            ? new Feedback("06.2", true, $"α = {rate} fits the model in {epochs} epochs, within 1.5 times the fewest any fixed rate needs.", null)
            : new Feedback("06.2", false, $"α = {rate} fits the model in {epochs} epochs; some fixed rate needs fewer than two thirds of that.", hint);
    }

    // Rates that need more epochs than this are far from the fastest, so their runs are cut short.
    private const int Cap = 1000;

    private static Quadratic LossOf(Dataset data)
    {
        var x = DesignMatrix.Build(data.FeatureMatrix().ToArray(), intercept: true);
        var y = Vector<double>.Build.DenseOfArray(data.TargetArray.ToArray());
        var a = (x.TransposeThisAndMultiply(x) * (2.0 / x.RowCount)).ToArray();
        var b = (x.TransposeThisAndMultiply(y) * (2.0 / x.RowCount)).ToArray();
        return new Quadratic(a, b, "the standardised model's mean squared error");
    }

    /// <summary>Epochs of full-batch descent from zero until the gradient's norm is at most the tolerance; int.MaxValue when not within the cap.</summary>
    private static int EpochsToConverge(Quadratic loss, double rate, double tolerance)
    {
        var run = Run(loss, rate, tolerance);
        return run.Outcome == RunOutcome.Converged ? run.Steps : int.MaxValue;
    }

    private static Trajectory Run(Quadratic loss, double rate, double tolerance) =>
        Descent.Run(loss, new GradientDescent(rate), new double[loss.Dimensions], Cap, tolerance: tolerance);

    /// <summary>06.3 — κ of the MSE bowl of two standardised features with correlation 0.8.</summary>
    public static Feedback CheckCorrelatedCondition(double answer) =>
        Exercise.CheckNumber("06.3", answer, expected: (1 + 0.8) / (1 - 0.8), tolerance: 0.01,
            hint: "for standardised features the curvature matrix is 2·[[1, ρ], [ρ, 1]]; its curvatures are 2(1 − ρ) and 2(1 + ρ), and κ is their ratio.");

    /// <summary>
    /// 06.4 — what the best standardised linear model of <paramref name="houses"/> (least squares, with its intercept)
    /// predicts, in dollars, for a house whose every feature is at the training mean; to the nearest dollar.
    /// </summary>
    public static Feedback CheckPredictionAtTheMeans(double answer, Dataset houses)
    {
        Guard.NotNull(houses, "the houses");
        var scaled = Standardizer.Fit(houses).Transform(houses);
        var fit = LeastSquares.Solve(scaled.FeatureRows(), scaled.Targets.ToArray());
        return Exercise.CheckNumber("06.4", answer, expected: fit.Intercept, tolerance: 1,
            hint: "standardised, that house is all zeros; what is left of w·z + b? And where must a least-squares line with an intercept pass?");
    }
}
