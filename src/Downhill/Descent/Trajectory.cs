namespace Downhill;

/// <summary>
/// The record of one descent run: where the ball was at each step and what it saw there.
/// Index 0 is the start point; entry k is the state after k steps. Only finite values are stored:
/// a run that blows up stops at the last finite position and says so in <see cref="Outcome"/> and
/// <see cref="Message"/>, so every chart of it still draws.
/// </summary>
public sealed class Trajectory
{
    /// <summary>Builds a trajectory; every list has one entry per position except learning rates (one per step).</summary>
    public Trajectory(
        string label,
        IReadOnlyList<double[]> positions,
        IReadOnlyList<double> losses,
        IReadOnlyList<double> gradientNorms,
        IReadOnlyList<double> learningRates,
        RunOutcome outcome,
        string message,
        int? divergedAtStep = null)
    {
        // A run recorded by Descent.Run (the only maker of RecordedPositions) checked every value as it was taken:
        // reading each position to check it again would copy every one of them out of the recorder's store.
        if (positions is not RecordedPositions) Check(positions, losses, gradientNorms, learningRates);
        Label = label;
        Positions = positions;
        Losses = losses;
        GradientNorms = gradientNorms;
        LearningRates = learningRates;
        Outcome = outcome;
        Message = message;
        DivergedAtStep = divergedAtStep;
    }

    private static void Check(
        IReadOnlyList<double[]> positions,
        IReadOnlyList<double> losses,
        IReadOnlyList<double> gradientNorms,
        IReadOnlyList<double> learningRates)
    {
        Guard.NotNull(positions, "the positions");
        Guard.NotNull(losses, "the losses");
        Guard.NotNull(gradientNorms, "the gradient norms");
        Guard.NotNull(learningRates, "the learning rates");
        if (positions.Count == 0)
            throw new ArgumentException("a trajectory needs at least its start point.");
        if (losses.Count != positions.Count || gradientNorms.Count != positions.Count)
            throw new ArgumentException(
                $"a trajectory needs one loss and one gradient norm per position; got {positions.Count} position(s), {losses.Count} loss(es) and {gradientNorms.Count} gradient norm(s).");
        if (learningRates.Count != positions.Count - 1)
            throw new ArgumentException(
                $"a trajectory needs one learning rate per step taken ({positions.Count - 1}); got {learningRates.Count}.");
        var dimensions = positions[0]?.Length ?? 0;
        for (var k = 0; k < positions.Count; k++)
        {
            var position = positions[k];
            if (position is null || position.Length != dimensions || dimensions == 0)
                throw new ArgumentException($"every position of a trajectory must have the start point's {dimensions} coordinate(s); position {k} does not.");
            // The sentence is written only for a position that fails: formatting it for every step cost more than the run.
            foreach (var coordinate in position)
                if (!double.IsFinite(coordinate)) Guard.FiniteVector(position, $"position {k} of the trajectory");
        }
        // Charts draw trajectories as they are: a NaN or ∞ here would reach the chart JSON and collapse its axes.
        CheckFinite(losses, "loss");
        CheckFinite(gradientNorms, "gradient norm");
        CheckFinite(learningRates, "learning rate");
    }

    /// <summary>
    /// The trajectory of a loop you wrote yourself: the positions it visited on <paramref name="landscape"/>, each
    /// step taken with <paramref name="learningRate"/>. The losses and gradient norms are read off the landscape,
    /// so the result draws and compares like any <see cref="Descent.Run"/>:
    /// <c>Trajectory.FromPoints(curve, positions, alpha, "w ← w + α·∇Q")</c>.
    /// </summary>
    /// <param name="landscape">The landscape the positions lie on.</param>
    /// <param name="positions">The start point, then the position after each step (finite numbers).</param>
    /// <param name="learningRate">The step size of every step.</param>
    /// <param name="label">A legend label.</param>
    /// <param name="message">What happened, in a sentence; "took N steps" when omitted.</param>
    /// <param name="outcome">How the run ended; it reached its step limit when omitted.</param>
    public static Trajectory FromPoints(
        Landscape landscape, IEnumerable<double[]> positions, double learningRate, string label,
        string? message = null, RunOutcome outcome = RunOutcome.StepLimitReached)
    {
        Guard.NotNull(landscape, "the landscape");
        Guard.NotNull(positions, "the positions");
        var points = positions.Select(p => (double[])Guard.NotNull(p, "a position").Clone()).ToList();
        if (points.Count == 0) throw new ArgumentException("a trajectory needs at least its start point.");
        var losses = points.Select(landscape.Value).ToList();
        var norms = points.Select(p => Math.Sqrt(landscape.Gradient(p).Sum(g => g * g))).ToList();
        var rates = Enumerable.Repeat(learningRate, points.Count - 1).ToList();
        var steps = points.Count - 1;
        return new Trajectory(label, points, losses, norms, rates, outcome,
            message ?? $"took {steps} step{(steps == 1 ? "" : "s")}");
    }

    /// <summary>A legend label, e.g. "GD α=0.4".</summary>
    public string Label { get; }

    /// <summary>Position after each step; [0] is the start.</summary>
    public IReadOnlyList<double[]> Positions { get; }

    /// <summary>Q at each position.</summary>
    public IReadOnlyList<double> Losses { get; }

    /// <summary>‖∇Q‖ at each position.</summary>
    public IReadOnlyList<double> GradientNorms { get; }

    /// <summary>The learning rate used for each step taken (one fewer than positions).</summary>
    public IReadOnlyList<double> LearningRates { get; }

    /// <summary>How the run ended.</summary>
    public RunOutcome Outcome { get; }

    /// <summary>The outcome in words, e.g. "diverged at step 7: the loss grew past 1e12".</summary>
    public string Message { get; }

    /// <summary>
    /// How the run ended, in the words every report of the kit uses, without the detail after the colon: "converged after
    /// 11 steps", "step limit reached after 40 steps", "diverged at step 22" (a diverged run is counted by the step that
    /// blew up, which is not kept among <see cref="Positions"/>).
    /// </summary>
    public string Ending => Message.IndexOf(':') is var colon and > 0 ? Message[..colon] : Message;

    /// <summary>The step at which the run blew up, when it did.</summary>
    public int? DivergedAtStep { get; }

    /// <summary>
    /// The step at which this diverged run blew up, as every chart and report names it: <see cref="DivergedAtStep"/>
    /// when the run recorded it (every <see cref="Descent.Run"/> does), otherwise <see cref="Steps"/> + 1 — the
    /// positions stop at the last finite one, so the step that blew up is the one after it. A trajectory built by
    /// hand as diverged may not say which step it was.
    /// </summary>
    /// <exception cref="InvalidOperationException">The run did not diverge.</exception>
    internal int DivergenceStep => Outcome == RunOutcome.Diverged
        ? DivergedAtStep ?? Steps + 1
        : throw new InvalidOperationException($"\"{Label}\" did not diverge: {Message}.");

    /// <summary>Steps taken (positions minus the start).</summary>
    public int Steps => Positions.Count - 1;

    /// <summary>Where the run ended.</summary>
    public double[] Final => Positions[^1];

    /// <summary>Q where the run ended.</summary>
    public double FinalLoss => Losses[^1];

    /// <inheritdoc />
    public override string ToString() => $"{Label}: {Message}";

    private static void CheckFinite(IReadOnlyList<double> values, string what)
    {
        for (var k = 0; k < values.Count; k++)
        {
            if (!double.IsFinite(values[k]))
                throw new ArgumentException($"a trajectory stores only finite numbers; {what} {k} is {Guard.Show(values[k])}.");
        }
    }
}
