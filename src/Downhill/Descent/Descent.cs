namespace Downhill;

/// <summary>
/// Runs an optimizer on a landscape and records what happened, step by step:
/// <c>Descent.Run(Landscape.Himmelblau(), new Adam(0.1), [0, 0], steps: 500)</c>.
/// A run always ends with an explicit <see cref="RunOutcome"/> and a sentence saying why.
/// </summary>
public static class Descent
{
    /// <summary>
    /// The default convergence tolerance: a run has converged once the gradient norm ‖∇Q(w)‖ is at most 1e-6.
    /// </summary>
    public const double DefaultTolerance = 1e-6;

    /// <summary>The default divergence bound: a run has diverged once |Q(w)| grows past 1e12.</summary>
    public const double DefaultDivergenceBound = 1e12;

    /// <summary>
    /// The largest step budget a run accepts. Every step is recorded (about 32 bytes each in 1-D), so a typo such as
    /// <c>int.MaxValue</c> would otherwise grow the process by gigabytes before anything is shown.
    /// </summary>
    public const int MaxSteps = 1_000_000;

    /// <summary>
    /// Runs <paramref name="optimizer"/> on <paramref name="landscape"/> from <paramref name="start"/> for at most
    /// <paramref name="steps"/> steps (0 is allowed: the trajectory is just the start point).
    /// The optimizer is <see cref="Optimizer.Reset"/> first and its learning rate restored afterwards, so one
    /// instance can serve many runs. Before step k (counting from 0) the rate is
    /// <c>schedule.Rate(k, optimizer.LearningRate)</c>.
    /// The run stops early when the gradient norm is at most <paramref name="tolerance"/> (converged; default
    /// <see cref="DefaultTolerance"/> = 1e-6, checked at the start point too), or when a
    /// step makes the position or gradient non-finite or |Q| passes <paramref name="divergenceBound"/>
    /// (diverged; that step is not recorded, so the trajectory holds only finite values). Set the tolerance to 0
    /// to run every step.
    /// </summary>
    public static Trajectory Run(
        Landscape landscape,
        Optimizer optimizer,
        double[] start,
        int steps,
        Schedule? schedule = null,
        double tolerance = DefaultTolerance,
        double divergenceBound = DefaultDivergenceBound,
        string? label = null)
    {
        Guard.NotNull(landscape, "the landscape");
        Guard.NotNull(optimizer, "the optimizer");
        Guard.FiniteVector(start, "the start point");
        if (start.Length != landscape.Dimensions)
            throw new ArgumentException(
                $"{landscape.Name} takes a start point with {landscape.Dimensions} coordinate(s); got {start.Length}.");
        Guard.AtLeast(steps, 0, "the number of steps");
        if (steps > MaxSteps)
            throw new ArgumentException(
                $"the number of steps must be at most {MaxSteps:N0}, since every step is kept in the trajectory; got {steps:N0}.");
        Guard.NonNegative(tolerance, "the convergence tolerance");
        Guard.Positive(divergenceBound, "the divergence bound");

        var recorder = new TrajectoryRecorder(label ?? DefaultLabel(optimizer, schedule), start.Length, steps, tolerance, divergenceBound);
        var position = (double[])start.Clone();
        var loss = landscape.Value(position);
        var gradient = landscape.CheckedGradient(position);
        var gradientNorm = TrajectoryRecorder.Norm(gradient);
        if (!double.IsFinite(loss) || !AllFinite(gradient) || !double.IsFinite(gradientNorm))
            throw new ArgumentException(
                $"{landscape.Name} is not finite at the start point ({string.Join(", ", start.Select(Guard.Show))}); start somewhere inside its plot range.");
        recorder.Record(position, loss, gradientNorm, learningRate: null);
        if (Math.Abs(loss) > divergenceBound)
            return recorder.DivergedAtStart(loss);

        var baseRate = optimizer.LearningRate;
        optimizer.Reset();
        try
        {
            for (var step = 0; step < steps; step++)
            {
                if (recorder.LastGradientNorm <= tolerance) return recorder.Converged();
                var rate = schedule?.Rate(step, baseRate) ?? baseRate;
                if (rate == 0) return recorder.ScheduleEnded();
                optimizer.LearningRate = rate;
                optimizer.Step(position, gradient);

                var k = step + 1;
                if (!AllFinite(position)) return recorder.Diverged(k, $"the position became {FirstNonFinite(position)}");
                loss = landscape.Value(position);
                if (double.IsNaN(loss)) return recorder.Diverged(k, "the loss became NaN");
                if (loss > divergenceBound) return recorder.Diverged(k, $"the loss grew past {Guard.Show(divergenceBound)}");
                if (loss < -divergenceBound)
                    return recorder.Diverged(k, $"the loss fell below {Guard.Show(-divergenceBound)} (this landscape has no bottom)");
                gradient = landscape.CheckedGradient(position);
                if (!AllFinite(gradient)) return recorder.Diverged(k, $"the gradient became {FirstNonFinite(gradient)}");
                gradientNorm = TrajectoryRecorder.Norm(gradient);
                if (!double.IsFinite(gradientNorm)) return recorder.Diverged(k, "the gradient grew too large to measure");
                recorder.Record(position, loss, gradientNorm, rate);
            }
            return recorder.LastGradientNorm <= tolerance ? recorder.Converged() : recorder.StepLimitReached();
        }
        finally
        {
            optimizer.LearningRate = baseRate;
        }
    }

    /// <summary>
    /// Runs several optimizers on the same landscape from the same start, one trajectory each, in order —
    /// for side-by-side lessons ("GD vs momentum vs Adam").
    /// </summary>
    public static IReadOnlyList<Trajectory> Compare(
        Landscape landscape,
        IEnumerable<Optimizer> optimizers,
        double[] start,
        int steps,
        Schedule? schedule = null,
        double tolerance = DefaultTolerance,
        double divergenceBound = DefaultDivergenceBound)
    {
        var list = Guard.NotEmpty(Guard.NotNull(optimizers, "the optimizers").ToArray(), "the list of optimizers");
        return list.Select(o => Run(landscape, Guard.NotNull(o, "each optimizer"), start, steps, schedule, tolerance, divergenceBound))
            .ToArray();
    }

    /// <summary>
    /// The pre-run check: from the curvature L (largest Hessian eigenvalue) predicts whether plain gradient
    /// descent with rate α is stable (α &lt; 2/L) or will blow up. Exact where the curvature is the same everywhere
    /// (a <see cref="Quadratic"/>, a <see cref="Parabola"/>); for another landscape it is a local prediction from
    /// the Hessian at <paramref name="at"/>.
    /// </summary>
    public static StabilityReport PredictStability(Landscape landscape, double learningRate, double[]? at = null) =>
        StabilityReport.For(landscape, learningRate, at);

    private static string DefaultLabel(Optimizer optimizer, Schedule? schedule) =>
        schedule is null or ConstantSchedule ? optimizer.ToString() : $"{optimizer} ({schedule.Name})";

    private static bool AllFinite(double[] values)
    {
        foreach (var v in values)
        {
            if (!double.IsFinite(v)) return false;
        }
        return true;
    }

    private static string FirstNonFinite(double[] values) => values.Any(double.IsNaN) ? "NaN" : "infinite";
}
