using System.Diagnostics;
namespace Downhill;

/// <summary>
/// Trains a model with any optimizer: full-batch (every example in each step), mini-batch (a few examples per
/// step) or stochastic (batch size 1), visiting the examples in a seeded shuffled order each epoch.
/// <c>Trainer.Fit(model, train, new Adam(0.01), epochs: 50, batchSize: 32, seed: 1, validation: val)</c>.
/// When the batch size does not divide the data, the last batch of an epoch is short, and its step is scaled by
/// its share of a full batch (its gradient is summed and divided by the full batch size), so every example pulls
/// equally in every epoch. With the plain mean over a short batch its few examples would pull harder than the
/// rest, the epoch's steps would no longer add up to a full-batch step, and mini-batch descent would keep
/// hovering around the minimum however small the step became.
/// </summary>
public static class Trainer
{
    /// <summary>A run is said to diverge when its training loss grows past this many times its starting value.</summary>
    public const double DivergenceFactor = 1e6;

    /// <summary>
    /// The largest epoch budget a run accepts (as <see cref="Descent.MaxSteps"/> for a descent run). Every epoch is
    /// recorded, so a typo such as <c>int.MaxValue</c> would otherwise grow the process until it runs out of memory.
    /// </summary>
    public const int MaxEpochs = 1_000_000;

    /// <summary>
    /// Trains <paramref name="model"/> on <paramref name="train"/> from its current parameters, updating them in
    /// place, and records every epoch. The run stops early when it converges — the same meaning as <see cref="Descent.Run"/>:
    /// the gradient norm of the whole training loss is at most <paramref name="tolerance"/> (1e-6 by default) or diverges (the loss becomes ∞/NaN or
    /// grows past <see cref="DivergenceFactor"/> times its start — then the parameters go back to the last finite
    /// epoch). Divergence is an outcome, not an exception. The optimizer is reset first and its learning rate
    /// restored at the end.
    /// </summary>
    /// <param name="model">The model to train (its parameters change).</param>
    /// <param name="train">The training examples.</param>
    /// <param name="optimizer">Any optimizer, e.g. <c>new GradientDescent(0.1)</c>.</param>
    /// <param name="epochs">The most passes over the training data.</param>
    /// <param name="batchSize">Examples per step: null for full batch, 1 for stochastic; larger than the data means full batch (said in <see cref="TrainingHistory.BatchNote"/>).</param>
    /// <param name="seed">Decides the shuffled order of the examples in each epoch.</param>
    /// <param name="validation">Held-back examples whose loss is recorded each epoch (never trained on).</param>
    /// <param name="schedule">Changes the learning rate once per epoch (epoch 1 is the schedule's step 0); constant when null.</param>
    /// <param name="tolerance">Converged once ‖∇J‖ of the whole training set is at most this (as in <see cref="Descent.Run"/>); 0 always runs every epoch.</param>
    /// <param name="afterEpoch">Called with the epoch's number (1, 2, …) after each epoch that is kept, while the model holds
    /// that epoch's parameters: to keep snapshots of one run, e.g. the frames of an animation, instead of training again to each epoch.
    /// It may read the model but must not change it (a full-batch run's next step reuses the gradient at these parameters).</param>
    public static TrainingHistory Fit(
        Model model,
        Dataset train,
        Optimizer optimizer,
        int epochs,
        int? batchSize = null,
        int seed = 0,
        Dataset? validation = null,
        Schedule? schedule = null,
        double tolerance = Descent.DefaultTolerance,
        Action<int>? afterEpoch = null)
    {
        Guard.NotNull(model, "the model");
        Guard.NotNull(train, "the training data");
        Guard.NotNull(optimizer, "the optimizer");
        Guard.AtLeast(epochs, 1, "the number of epochs");
        if (epochs > MaxEpochs)
            throw new ArgumentException(
                $"the number of epochs must be at most {MaxEpochs:N0}, since every epoch is kept in the history; got {epochs:N0}.");
        Guard.NonNegative(tolerance, "the tolerance");
        if (batchSize < 1)
            throw new ArgumentException($"the batch size must be at least 1; got {batchSize} (leave it out for full-batch training).");
        model.CheckData(train, "training data");
        if (validation is not null) model.CheckData(validation, "validation data");

        var n = train.Count;
        var batch = Math.Min(batchSize ?? n, n);
        var batchNote = batchSize > n
            ? $"batch size {batchSize} is larger than the {n} training examples, so every step uses all of them (full batch)."
            : null;
        var baseRate = optimizer.LearningRate;
        optimizer.Reset();
        try
        {
            return new Run(model, train, optimizer, validation, batch, baseRate, Label(optimizer, batch, n), batchNote)
                .Execute(epochs, seed, schedule, tolerance, afterEpoch);
        }
        finally
        {
            optimizer.LearningRate = baseRate;
        }
    }

    /// <summary>
    /// One epoch: the examples in <paramref name="order"/>, <paramref name="batch"/> at a time, and for each batch
    /// the model's predictions, their loss and its gradient, then one optimizer step. Returns the mean of the batch
    /// losses, or ∞ at the first step that blows up (the epoch stops there).
    /// </summary>
    private static double Epoch(Model model, Dataset train, Optimizer optimizer, int[] order, int batch, double[] gradient)
    {
        var total = 0.0;
        var steps = 0;
        for (var first = 0; first < order.Length; first += batch)
        {
            var rows = order.AsSpan(first, Math.Min(batch, order.Length - first));
            var loss = model.LossAndGradient(train, rows, gradient);
            if (!double.IsFinite(loss) || !Vectors.AllFinite(gradient)) return double.PositiveInfinity;
            if (rows.Length < batch) // the short last batch pulls in proportion to its size: see the class summary
                for (var j = 0; j < gradient.Length; j++) gradient[j] *= (double)rows.Length / batch;
            optimizer.Step(model.Parameters, gradient);
            if (!Vectors.AllFinite(model.Parameters)) return double.PositiveInfinity;
            total += loss;
            steps++;
        }
        return total / steps;
    }

    /// <summary>
    /// One epoch of steps and nothing else — no losses recorded, no checks of the whole training set — for a training loop
    /// of your own that needs something after every epoch (lesson 09 keeps each epoch's weights to draw the path). The
    /// batches are those of <see cref="Fit"/>. Returns the mean of the batch losses seen, or ∞ when a step blew up.
    /// </summary>
    /// <param name="model">The model to train (its parameters change).</param>
    /// <param name="train">The training examples.</param>
    /// <param name="optimizer">Any optimizer; it is not reset, so momentum carries over from earlier epochs.</param>
    /// <param name="batchSize">Examples per step; at least 1, larger than the data means full batch.</param>
    /// <param name="seed">Decides the shuffled order.</param>
    public static double TrainOneEpoch(Model model, Dataset train, Optimizer optimizer, int batchSize, int seed)
    {
        Guard.NotNull(model, "the model");
        Guard.NotNull(train, "the training data");
        Guard.NotNull(optimizer, "the optimizer");
        Guard.AtLeast(batchSize, 1, "the batch size");
        model.CheckData(train, "training data");
        var batch = Math.Min(batchSize, train.Count);
        int[] order = [.. Enumerable.Range(0, train.Count)];
        if (batch < train.Count) SeededShuffle.ShuffleInPlace(order, new Random(seed));
        return Epoch(model, train, optimizer, order, batch, new double[model.Parameters.Length]);
    }

    private static string Label(Optimizer optimizer, int batch, int count) => batch switch
    {
        1 => $"{optimizer}, stochastic",
        _ when batch == count => $"{optimizer}, full batch",
        _ => $"{optimizer}, batch {batch}",
    };

    /// <summary>One training run's records, and the checks between epochs: divergence, convergence, the schedule.</summary>
    private sealed class Run(
        Model model, Dataset train, Optimizer optimizer, Dataset? validation,
        int batch, double baseRate, string label, string? batchNote)
    {
        private readonly double[] gradient = new double[model.Parameters.Length];
        private readonly List<EpochRecord> records = [];
        private readonly Stopwatch evaluationClock = new(); // times Evaluate's pass over the training set

        private int StepsPerEpoch => (train.Count + batch - 1) / batch;

        public TrainingHistory Execute(int epochs, int seed, Schedule? schedule, double tolerance, Action<int>? afterEpoch)
        {
            var n = train.Count;
            // File order to start from; a full batch keeps it, so its sums, and so its run, do not depend on the seed.
            int[] order = [.. Enumerable.Range(0, n)];
            var random = new Random(seed);
            var lastFinite = (double[])model.Parameters.Clone();
            var clock = new Stopwatch();
            var stepSecondsFromEvaluate = 0.0;

            var start = Evaluate(0, 0, baseRate);
            records.Add(start);
            if (!double.IsFinite(start.TrainLoss) || !double.IsFinite(start.GradientNorm))
                return Finish(RunOutcome.Diverged, $"diverged before the first step: the training loss at the starting parameters is {Guard.Show(start.TrainLoss)}.", 0);
            if (start.GradientNorm == 0)
                return Finish(RunOutcome.Converged, "converged before the first step: the training gradient is already zero.", null);
            var bound = DivergenceFactor * start.TrainLoss;

            for (var epoch = 1; epoch <= epochs; epoch++)
            {
                var rate = schedule?.Rate(epoch - 1, baseRate) ?? baseRate;
                if (rate == 0) // a schedule may anneal to 0 (cosine's default minimum); no step can move the parameters then
                    return Finish(RunOutcome.StepLimitReached,
                        $"stopped after {epoch - 1} epochs: the schedule's learning rate reached 0; " +
                        $"the training gradient's norm is {Guard.Show(records[^1].GradientNorm)}; " +
                        $"training loss {Guard.Show(records[^1].TrainLoss)}.",
                        null);
                optimizer.LearningRate = rate;
                if (batch < n) SeededShuffle.ShuffleInPlace(order, random); // a fresh order each epoch, all from the one seeded source
                clock.Start();
                var blewUp = batch == n
                    ? !double.IsFinite(FullBatchStep())
                    : !double.IsFinite(Epoch(model, train, optimizer, order, batch, gradient));
                clock.Stop();
                // A full-batch step's gradient came from the last Evaluate: its pass counts as stepping time, as it
                // would have had the step computed it, so seconds compare fairly across batch sizes.
                if (batch == n) stepSecondsFromEvaluate += evaluationClock.Elapsed.TotalSeconds;

                var record = blewUp ? null : Evaluate(epoch, clock.Elapsed.TotalSeconds + stepSecondsFromEvaluate, rate);
                if (record is null || !double.IsFinite(record.TrainLoss) || record.TrainLoss > bound)
                {
                    lastFinite.CopyTo(model.Parameters, 0);
                    var why = record is null || !double.IsFinite(record.TrainLoss)
                        ? "the loss or the parameters became infinite or NaN"
                        : $"the training loss grew to {Guard.Show(record.TrainLoss)}, over {Guard.Show(DivergenceFactor)} times its starting value {Guard.Show(start.TrainLoss)}";
                    return Finish(RunOutcome.Diverged,
                        $"diverged in epoch {epoch}: {why}. The steps overshoot: try a smaller learning rate or standardise the features.",
                        epoch);
                }
                records.Add(record);
                model.Parameters.CopyTo(lastFinite, 0);
                afterEpoch?.Invoke(epoch);

                if (record.GradientNorm <= tolerance)
                    return Finish(RunOutcome.Converged,
                        $"converged in epoch {epoch}: the training gradient's norm {Guard.Show(record.GradientNorm)} ≤ tolerance {Guard.Show(tolerance)}.",
                        null);
            }
            var finalNorm = records[^1].GradientNorm;
            return Finish(RunOutcome.StepLimitReached,
                $"stopped at the epoch limit ({epochs} epochs): the training gradient's norm is still {Guard.Show(finalNorm)} " +
                $"(tolerance {Guard.Show(tolerance)}); training loss {Guard.Show(records[^1].TrainLoss)}.",
                null);
        }

        /// <summary>
        /// Full batch: the epoch's one step, w ← step(w, ∇Q(w)) with ∇Q over every example. The last
        /// <see cref="Evaluate"/> has just computed that very gradient at these parameters into the shared array
        /// (the same examples in the same order, so the same numbers to the last bit): the step uses it instead of a
        /// second, identical pass over the data. Returns the loss at the step's start, or ∞ as <see cref="Epoch"/> does.
        /// </summary>
        private double FullBatchStep()
        {
            var loss = records[^1].TrainLoss;
            if (!double.IsFinite(loss) || !Vectors.AllFinite(gradient)) return double.PositiveInfinity;
            optimizer.Step(model.Parameters, gradient);
            return Vectors.AllFinite(model.Parameters) ? loss : double.PositiveInfinity;
        }

        /// <summary>
        /// The whole training set's loss and gradient norm, and the validation loss, after <paramref name="epoch"/> epochs.
        /// Leaves ∇Q of the training set in the shared gradient array, for a full-batch run's next step.
        /// </summary>
        private EpochRecord Evaluate(int epoch, double seconds, double rate)
        {
            evaluationClock.Restart();
            var trainLoss = model.LossAndGradient(train, model.EveryRow(train), gradient);
            evaluationClock.Stop();
            var norm = Math.Sqrt(gradient.Sum(g => g * g));
            double? validationLoss = validation is null ? null : model.LossAndGradient(validation, model.EveryRow(validation), null);
            return new EpochRecord(epoch, trainLoss, validationLoss, norm, seconds, (long)epoch * train.Count, rate);
        }

        private TrainingHistory Finish(RunOutcome outcome, string message, int? divergedAt) =>
            new(label, records.ToArray(), outcome, batchNote is null ? message : $"{message} Note: {batchNote}", divergedAt, batch, StepsPerEpoch, batchNote);
    }
}
