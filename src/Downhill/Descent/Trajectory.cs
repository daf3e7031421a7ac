namespace Downhill.Descent;

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
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(losses);
        ArgumentNullException.ThrowIfNull(gradientNorms);
        ArgumentNullException.ThrowIfNull(learningRates);
        if (positions.Count == 0)
            throw new ArgumentException("A trajectory needs at least its start point.", nameof(positions));
        if (losses.Count != positions.Count || gradientNorms.Count != positions.Count)
            throw new ArgumentException("A trajectory needs one loss and one gradient norm per position.");
        Label = label;
        Positions = positions;
        Losses = losses;
        GradientNorms = gradientNorms;
        LearningRates = learningRates;
        Outcome = outcome;
        Message = message;
        DivergedAtStep = divergedAtStep;
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

    /// <summary>The step at which the run blew up, when it did.</summary>
    public int? DivergedAtStep { get; }

    /// <summary>Steps taken (positions minus the start).</summary>
    public int Steps => Positions.Count - 1;

    /// <summary>Where the run ended.</summary>
    public double[] Final => Positions[^1];

    /// <summary>Q where the run ended.</summary>
    public double FinalLoss => Losses[^1];

    /// <inheritdoc />
    public override string ToString() => $"{Label}: {Message}";
}
