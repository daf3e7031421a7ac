namespace Downhill.Tests.Training;

public sealed class TrainOneEpochTests
{
    private static readonly Dataset Blobs = TestData.TwoBlobs(seed: 6, countPerClass: 40);

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
