namespace Downhill.Tests.Training;

public sealed class TrainOneEpochTests
{
    private static readonly Dataset Blobs = Synthetic.TwoBlobs(seed: 6, countPerClass: 40);

    [Fact]
    public void One_bare_epoch_takes_exactly_the_steps_of_the_first_epoch_of_Fit()
    {
        var fitted = LogisticRegression.For(Blobs);
        Trainer.Fit(fitted, Blobs, new Momentum(0.1), epochs: 1, batchSize: 10, seed: 3, tolerance: 0);
        var bare = LogisticRegression.For(Blobs);

        var meanBatchLoss = Trainer.TrainOneEpoch(bare, Blobs, new Momentum(0.1), batchSize: 10, seed: 3);

        Assert.Equal(fitted.Parameters, bare.Parameters);
        Assert.InRange(meanBatchLoss, 0, Math.Log(2)); // batches start at log 2 (every probability ½) and only fall
    }

    [Fact]
    public void The_short_last_batch_takes_a_step_in_proportion_to_its_size()
    {
        // Three identical examples (x = 1, y = 1) in batches of 2: a full batch, then a batch of one. The order
        // cannot matter, so the steps can be worked out by hand. Q = mean((w·x + b − 1)²), ∂Q/∂w = ∂Q/∂b = 2(w + b − 1).
        //   step 1 (2 examples): w = b = 0, gradient 2(0 − 1) = −2, so w = b = 0 + 0.1·2 = 0.2
        //   step 2 (1 example):  gradient 2(0.4 − 1) = −1.2, counted as 1 of 2 examples: −0.6, so w = b = 0.2 + 0.06 = 0.26
        // (The plain mean over the one example would step 0.12, weighing that example twice as much as the others.)
        var same = new Dataset([[1.0], [1.0], [1.0]], [1.0, 1.0, 1.0]);
        var model = new LinearRegression(1);

        Trainer.TrainOneEpoch(model, same, new GradientDescent(0.1), batchSize: 2, seed: 1);

        Assert.Equal(0.26, model.Parameters[0], 1e-12);
        Assert.Equal(0.26, model.Parameters[1], 1e-12);
    }

    [Fact]
    public void A_bare_epoch_that_blows_up_reports_it_in_its_result()
    {
        var model = new LinearRegression(2);
        var loss = Trainer.TrainOneEpoch(model, Blobs, new GradientDescent(1e300), batchSize: 8, seed: 1);

        Assert.False(double.IsFinite(loss));
    }

    [Fact]
    public void A_bare_epoch_refuses_batch_size_zero()
    {
        var error = Assert.Throws<ArgumentException>(() => Trainer.TrainOneEpoch(new LinearRegression(2), Blobs, new GradientDescent(0.1), batchSize: 0, seed: 1));

        Assert.Equal("the batch size must be at least 1; got 0.", error.Message);
    }
}
