namespace Downhill;

/// <summary>
/// The state of training at the end of one epoch (epoch 0 is the start, before any step).
/// </summary>
/// <param name="Epoch">0 for the start, then 1, 2, …</param>
/// <param name="TrainLoss">The mean loss over the whole training set at the end of the epoch.</param>
/// <param name="ValidationLoss">The mean loss over the validation set, or null when there is none.</param>
/// <param name="GradientNorm">‖∇Q(w)‖ of the whole training loss at the end of the epoch.</param>
/// <param name="Seconds">Wall-clock seconds spent taking steps so far, computing each step's gradient included (recording the losses is not counted).</param>
/// <param name="ExamplesSeen">How many examples the steps have used so far (an example counts once per epoch).</param>
/// <param name="LearningRate">The learning rate used during this epoch (the starting rate for epoch 0).</param>
public sealed record EpochRecord(
    int Epoch,
    double TrainLoss,
    double? ValidationLoss,
    double GradientNorm,
    double Seconds,
    long ExamplesSeen,
    double LearningRate);
