namespace Downhill.Tests.Training;

public sealed class ShortBatchTests
{
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

        Trainer.Fit(model, same, new GradientDescent(0.1), epochs: 1, batchSize: 2, seed: 1, tolerance: 0);

        Assert.Equal(0.26, model.Parameters[0], 1e-12);
        Assert.Equal(0.26, model.Parameters[1], 1e-12);
    }
}
