namespace Downhill;

/// <summary>
/// What happened while a model was trained: one <see cref="EpochRecord"/> per epoch (index 0 is the start),
/// and how the run ended. A run that blew up keeps only its finite epochs and says in <see cref="Message"/>
/// at which epoch and why, so its loss curves still draw.
/// </summary>
public sealed class TrainingHistory
{
    internal TrainingHistory(
        string label, IReadOnlyList<EpochRecord> epochs, RunOutcome outcome, string message,
        int? divergedAtEpoch, int batchSize, int stepsPerEpoch, string? batchNote)
    {
        Label = label;
        Epochs = epochs;
        Outcome = outcome;
        Message = message;
        DivergedAtEpoch = divergedAtEpoch;
        BatchSize = batchSize;
        StepsPerEpoch = stepsPerEpoch;
        BatchNote = batchNote;
    }

    /// <summary>A legend label, e.g. "Adam α=0.01, batch 32".</summary>
    public string Label { get; }

    /// <summary>One record per epoch; [0] is the state before training.</summary>
    public IReadOnlyList<EpochRecord> Epochs { get; }

    /// <summary>How the run ended: converged, diverged, or the epoch limit (<see cref="RunOutcome.StepLimitReached"/>).</summary>
    public RunOutcome Outcome { get; }

    /// <summary>The outcome in words, e.g. "diverged in epoch 2: the training loss became ∞".</summary>
    public string Message { get; }

    /// <summary>The epoch in which the run blew up, when it did (its record is not in <see cref="Epochs"/>).</summary>
    public int? DivergedAtEpoch { get; }

    /// <summary>The batch size actually used (the whole training set for full-batch training).</summary>
    public int BatchSize { get; }

    /// <summary>Optimizer steps per epoch.</summary>
    public int StepsPerEpoch { get; }

    /// <summary>Set when the requested batch size was changed, e.g. larger than the data; null otherwise. Also ends <see cref="Message"/>.</summary>
    public string? BatchNote { get; }

    /// <summary>Epochs completed (records minus the start).</summary>
    public int EpochCount => Epochs.Count - 1;

    /// <summary>Epoch numbers 0, 1, 2, … (the x axis of a loss curve).</summary>
    public double[] EpochNumbers => Epochs.Select(e => (double)e.Epoch).ToArray();

    /// <summary>The training loss per epoch.</summary>
    public double[] TrainLosses => Epochs.Select(e => e.TrainLoss).ToArray();

    /// <summary>The validation loss per epoch; empty when training had no validation set.</summary>
    public double[] ValidationLosses =>
        Epochs[0].ValidationLoss is null ? [] : Epochs.Select(e => e.ValidationLoss!.Value).ToArray();

    /// <summary>Cumulative wall-clock seconds of stepping per epoch (the x axis of "loss vs seconds").</summary>
    public double[] Seconds => Epochs.Select(e => e.Seconds).ToArray();

    /// <summary>Cumulative examples seen per epoch.</summary>
    public long[] ExamplesSeen => Epochs.Select(e => e.ExamplesSeen).ToArray();

    /// <summary>The training loss at the end.</summary>
    public double FinalTrainLoss => Epochs[^1].TrainLoss;

    /// <summary>The validation loss at the end, or null without a validation set.</summary>
    public double? FinalValidationLoss => Epochs[^1].ValidationLoss;

    /// <inheritdoc />
    public override string ToString() => $"{Label}: {Message}";
}
