namespace Downhill.Tests.Training;

public sealed class TrainerTests
{
    // y = 2x + 1 with x standardised: a bowl whose curvature is 2 along w and b, so α = 0.25 converges quickly.
    private static readonly Dataset Line = Standardizer.Fit(TestData.NoisyLine(seed: 4, count: 100, noise: 0.5))
        .Transform(TestData.NoisyLine(seed: 4, count: 100, noise: 0.5));

    [Fact]
    public void Full_batch_descent_converges_and_says_when()
    {
        var model = LinearRegression.For(Line);

        var history = Trainer.Fit(model, Line, new GradientDescent(0.25), epochs: 500, tolerance: 1e-8);

        Assert.Equal(RunOutcome.Converged, history.Outcome);
        Assert.StartsWith($"converged in epoch {history.EpochCount}:", history.Message);
        Assert.True(history.Epochs[^1].GradientNorm <= 1e-8 * history.Epochs[0].GradientNorm);
        Assert.Equal("GD α=0.25, full batch", history.Label);
    }

    [Fact]
    public void The_history_starts_before_the_first_step_and_counts_examples()
    {
        var history = Trainer.Fit(LinearRegression.For(Line), Line, new GradientDescent(0.01), epochs: 3, batchSize: 30, seed: 1, tolerance: 0);

        Assert.Equal([0.0, 1, 2, 3], history.EpochNumbers);
        Assert.Equal([0L, 100, 200, 300], history.ExamplesSeen);
        Assert.Equal(4, history.StepsPerEpoch); // 30 + 30 + 30 + 10
        Assert.Equal(0, history.Seconds[0]);
        Assert.Empty(history.ValidationLosses);
        Assert.Null(history.FinalValidationLoss);
        Assert.Equal(RunOutcome.StepLimitReached, history.Outcome);
        Assert.StartsWith("stopped at the epoch limit (3 epochs)", history.Message);
    }

    [Fact]
    public void A_schedule_annealed_to_zero_ends_the_run_and_says_why()
    {
        var optimizer = new GradientDescent(0.05);

        // Cosine over 3 epochs reaches its default minimum, 0, at the fourth: no step can move the parameters then.
        var history = Trainer.Fit(LinearRegression.For(Line), Line, optimizer, epochs: 10, schedule: Schedule.Cosine(3), tolerance: 0);

        Assert.Equal(RunOutcome.StepLimitReached, history.Outcome);
        Assert.Equal([0.0, 1, 2, 3], history.EpochNumbers);
        Assert.StartsWith("stopped after 3 epochs: the schedule's learning rate reached 0;", history.Message);
        Assert.Equal(0.05, optimizer.LearningRate); // the optimizer is handed back as it came
    }

    [Fact]
    public void Stochastic_training_takes_one_step_per_example()
    {
        var history = Trainer.Fit(LinearRegression.For(Line), Line, new GradientDescent(0.01), epochs: 2, batchSize: 1, seed: 1);

        Assert.Equal(100, history.StepsPerEpoch);
        Assert.Equal("GD α=0.01, stochastic", history.Label);
        Assert.True(history.FinalTrainLoss < history.TrainLosses[0]);
    }

    [Fact]
    public void A_batch_larger_than_the_data_is_a_full_batch_and_is_said_so()
    {
        var big = Trainer.Fit(LinearRegression.For(Line), Line, new GradientDescent(0.1), epochs: 5, batchSize: 500, seed: 1);
        var full = Trainer.Fit(LinearRegression.For(Line), Line, new GradientDescent(0.1), epochs: 5);

        Assert.Equal(100, big.BatchSize);
        Assert.Equal(1, big.StepsPerEpoch);
        Assert.Equal("batch size 500 is larger than the 100 training examples, so every step uses all of them (full batch).", big.BatchNote);
        Assert.EndsWith("Note: " + big.BatchNote, big.Message);
        Assert.Null(full.BatchNote);
        Assert.Equal(full.TrainLosses, big.TrainLosses);
    }

    [Fact]
    public void A_diverging_run_stops_keeps_its_last_finite_epoch_and_says_why()
    {
        var model = LinearRegression.For(Line);

        // Curvature 2 means steps above α = 1 overshoot and grow: at α = 1.5 the error doubles each step.
        var history = Trainer.Fit(model, Line, new GradientDescent(1.5), epochs: 1000);

        Assert.Equal(RunOutcome.Diverged, history.Outcome);
        Assert.NotNull(history.DivergedAtEpoch);
        Assert.Equal(history.DivergedAtEpoch - 1, history.EpochCount);
        Assert.Contains($"diverged in epoch {history.DivergedAtEpoch}: the training loss grew to", history.Message);
        Assert.All(history.TrainLosses, loss => Assert.True(double.IsFinite(loss)));
        var lastRecorded = history.FinalTrainLoss;
        Assert.Equal(lastRecorded, model.Loss(Line)); // the parameters were put back to that epoch
    }

    [Fact]
    public void A_run_that_overflows_is_diverged_not_an_exception()
    {
        var model = LinearRegression.For(Line);

        var history = Trainer.Fit(model, Line, new GradientDescent(1e200), epochs: 10, batchSize: 10, seed: 1);

        Assert.Equal(RunOutcome.Diverged, history.Outcome);
        Assert.Equal(1, history.DivergedAtEpoch);
        Assert.Contains("became infinite or NaN", history.Message);
        Assert.All(model.Parameters, p => Assert.Equal(0, p));
    }

    [Fact]
    public void A_schedule_sets_the_rate_per_epoch_and_the_optimizer_gets_its_rate_back()
    {
        var optimizer = new GradientDescent(0.1);

        var history = Trainer.Fit(LinearRegression.For(Line), Line, optimizer, epochs: 4, batchSize: 10, seed: 1,
            schedule: Schedule.StepDecay(stepSize: 2, gamma: 0.5), tolerance: 0);

        Assert.Equal([0.1, 0.1, 0.1, 0.05, 0.05], history.Epochs.Select(e => e.LearningRate));
        Assert.Equal(0.1, optimizer.LearningRate);
    }

    [Fact]
    public void Validation_loss_is_recorded_every_epoch()
    {
        var (train, validation) = Split.TrainValidation(Line, 0.3, seed: 1);

        var history = Trainer.Fit(LinearRegression.For(train), train, new GradientDescent(0.1), epochs: 10, validation: validation);

        Assert.Equal(history.Epochs.Count, history.ValidationLosses.Length);
        Assert.True(history.FinalValidationLoss < history.ValidationLosses[0]);
    }
    public static TheoryData<string> FullBatchModels => ["linear", "logistic", "mlp"];

    private static (Model Model, Dataset Train, Dataset Validation) FullBatchCase(string kind)
    {
        var moons = Synthetic.TwoMoons(seed: 2, count: 60, noise: 0.2);
        var (train, validation) = kind == "linear" ? Split.TrainValidation(Line, 0.3, seed: 1) : Split.TrainValidation(moons, 0.3, seed: 1);
        Model model = kind switch
        {
            "linear" => LinearRegression.For(train),
            "logistic" => LogisticRegression.For(train),
            _ => new Mlp([2, 5, 1], Activation.Tanh, Initialization.Xavier, seed: 3),
        };
        return (model, train, validation);
    }

    [Theory]
    [MemberData(nameof(FullBatchModels))]
    public void A_full_batch_run_is_w_minus_a_step_along_the_whole_gradient_bit_for_bit(string kind)
    {
        // The trainer reuses the gradient its epoch record computed; this pins that the steps are exactly those of the
        // plain loop "g = ∇Q(w) over every example; w ← step(w, g)", with a stateful optimizer and a validation pass in between.
        var (fitted, train, validation) = FullBatchCase(kind);
        var (byHand, _, _) = FullBatchCase(kind);
        const int epochs = 12;

        var history = Trainer.Fit(fitted, train, new Adam(0.05), epochs: epochs, validation: validation, tolerance: 0);

        var adam = new Adam(0.05);
        var losses = new List<double> { byHand.Loss(train) };
        var norms = new List<double> { Math.Sqrt(byHand.Gradient(train).Sum(g => g * g)) };
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            adam.Step(byHand.Parameters, byHand.Gradient(train));
            losses.Add(byHand.Loss(train));
            norms.Add(Math.Sqrt(byHand.Gradient(train).Sum(g => g * g)));
        }
        Assert.Equal(RunOutcome.StepLimitReached, history.Outcome);
        Assert.Equal(Bits(byHand.Parameters), Bits(fitted.Parameters));
        Assert.Equal(Bits(losses), Bits(history.TrainLosses));
        Assert.Equal(Bits(norms), Bits(history.Epochs.Select(e => e.GradientNorm)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(30)]
    public void After_each_epoch_the_callback_sees_the_model_at_that_epochs_parameters(int? batchSize)
    {
        var model = LinearRegression.For(Line);
        var seen = new List<(int Epoch, double[] Parameters, double Loss)>();

        var history = Trainer.Fit(model, Line, new Momentum(0.05), epochs: 6, batchSize: batchSize, seed: 2, tolerance: 0,
            afterEpoch: epoch => seen.Add((epoch, (double[])model.Parameters.Clone(), model.Loss(Line))));

        Assert.Equal([1, 2, 3, 4, 5, 6], seen.Select(s => s.Epoch));
        Assert.Equal(history.TrainLosses[1..], seen.Select(s => s.Loss));
        Assert.Equal(model.Parameters, seen[^1].Parameters);
        // Each snapshot is where a run of just that many epochs ends: one run gives every frame of an animation.
        foreach (var (epoch, parameters, _) in seen)
        {
            var shorter = LinearRegression.For(Line);
            Trainer.Fit(shorter, Line, new Momentum(0.05), epochs: epoch, batchSize: batchSize, seed: 2, tolerance: 0);
            Assert.Equal(Bits(shorter.Parameters), Bits(parameters));
        }
    }

    [Fact]
    public void The_callback_is_not_called_for_an_epoch_that_diverged_nor_after_convergence()
    {
        var diverging = new List<int>();
        var diverged = Trainer.Fit(LinearRegression.For(Line), Line, new GradientDescent(1.5), epochs: 1000, afterEpoch: diverging.Add);
        var converging = new List<int>();
        var converged = Trainer.Fit(LinearRegression.For(Line), Line, new GradientDescent(0.25), epochs: 500, tolerance: 1e-8, afterEpoch: converging.Add);

        Assert.Equal(Enumerable.Range(1, diverged.DivergedAtEpoch!.Value - 1), diverging);
        Assert.Equal(RunOutcome.Converged, converged.Outcome);
        Assert.Equal(Enumerable.Range(1, converged.EpochCount), converging);
    }

    private static long[] Bits(IEnumerable<double> values) => values.Select(BitConverter.DoubleToInt64Bits).ToArray();
}
