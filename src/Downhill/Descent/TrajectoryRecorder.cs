namespace Downhill;

/// <summary>Collects a run's finite states and words its ending; one per run.</summary>
internal sealed class TrajectoryRecorder(string label, double tolerance, double divergenceBound)
{
    private readonly List<double[]> _positions = [];
    private readonly List<double> _losses = [];
    private readonly List<double> _gradientNorms = [];
    private readonly List<double> _learningRates = [];

    public double LastGradientNorm => _gradientNorms[^1];

    private int Steps => _positions.Count - 1;

    public void Record(double[] position, double loss, double[] gradient, double? learningRate)
    {
        _positions.Add((double[])position.Clone());
        _losses.Add(loss);
        _gradientNorms.Add(Norm(gradient));
        if (learningRate is { } rate) _learningRates.Add(rate);
    }

    /// <summary>
    /// ‖g‖ = √Σgᵢ², computed plainly (so it matches a student's own sum to the last bit) unless gᵢ² would
    /// overflow, as for a finite gradient like (1e200, 1e200); then the entries are scaled by the largest first.
    /// </summary>
    public static double Norm(double[] gradient)
    {
        var sum = 0.0;
        foreach (var g in gradient) sum += g * g;
        if (double.IsFinite(sum)) return Math.Sqrt(sum);
        var largest = 0.0;
        foreach (var g in gradient) largest = Math.Max(largest, Math.Abs(g));
        if (!double.IsFinite(largest)) return largest;
        var scaledSum = 0.0;
        foreach (var g in gradient)
        {
            var scaled = g / largest;
            scaledSum += scaled * scaled;
        }
        return largest * Math.Sqrt(scaledSum);
    }

    public Trajectory Converged() => Build(RunOutcome.Converged,
        $"converged after {StepsText(Steps)}: gradient norm {Guard.Show(LastGradientNorm)} ≤ tolerance {Guard.Show(tolerance)}");

    public Trajectory StepLimitReached() => Build(RunOutcome.StepLimitReached,
        $"step limit reached after {StepsText(Steps)}: {DistanceFromTolerance()}");

    public Trajectory ScheduleEnded() => Build(RunOutcome.StepLimitReached,
        $"stopped after {StepsText(Steps)}: the schedule's learning rate reached 0; {DistanceFromTolerance()}");

    public Trajectory Diverged(int step, string why) => Build(RunOutcome.Diverged, $"diverged at step {step}: {why}", step);

    public Trajectory DivergedAtStart(double loss) => Build(RunOutcome.Diverged,
        $"diverged at step 0: the loss at the start, {Guard.Show(loss)}, is already past ±{Guard.Show(divergenceBound)}", 0);

    private string DistanceFromTolerance() => tolerance == 0
        ? $"gradient norm {Guard.Show(LastGradientNorm)} (a tolerance of 0 never stops a run early)"
        : $"gradient norm {Guard.Show(LastGradientNorm)} is still {Guard.Show(LastGradientNorm / tolerance)}× the tolerance {Guard.Show(tolerance)}";

    private static string StepsText(int steps) => steps == 1 ? "1 step" : $"{steps} steps";

    private Trajectory Build(RunOutcome outcome, string message, int? divergedAt = null) =>
        new(label, _positions, _losses, _gradientNorms, _learningRates, outcome, message, divergedAt);
}
