namespace Downhill;

/// <summary>Collects a run's finite states and words its ending; one per run.</summary>
/// <remarks>
/// A run of 2,000 steps records 2,000 positions, and most runs are only looked at through their losses (lesson 03
/// averages 700 of them per chart). So the positions are kept as one list of numbers, coordinate after coordinate, and
/// a position becomes an array only when someone reads it (<see cref="RecordedPositions"/>).
/// </remarks>
internal sealed class TrajectoryRecorder(string label, int dimensions, int steps, double tolerance, double divergenceBound)
{
    // Room for the whole run up front when it is short, so the lists do not grow (and copy) as it goes.
    // Counted in long: a million steps of a many-parameter landscape would overflow an int.
    private static int Room(long count) => (int)Math.Min(count, 4096);

    private readonly List<double> _coordinates = new(Room((steps + 1L) * dimensions));
    private readonly List<double> _losses = new(Room(steps + 1));
    private readonly List<double> _gradientNorms = new(Room(steps + 1));
    private readonly List<double> _learningRates = new(Room(steps));

    public double LastGradientNorm => _gradientNorms[^1];

    private int Steps => _losses.Count - 1;

    public void Record(double[] position, double loss, double gradientNorm, double? learningRate)
    {
        foreach (var coordinate in position) _coordinates.Add(coordinate);
        _losses.Add(loss);
        _gradientNorms.Add(gradientNorm);
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

    // Every value was checked finite as it was recorded, so the trajectory need not check them again.
    private Trajectory Build(RunOutcome outcome, string message, int? divergedAt = null) =>
        new(label, new RecordedPositions(_coordinates, dimensions), _losses, _gradientNorms, _learningRates, outcome, message, divergedAt);
}
