namespace Downhill.Tests.Training;

public sealed class TrainerInputTests
{
    private static readonly Dataset Line = TestData.NoisyLine(seed: 1, count: 20);

    private static string Refusal(Action train) => Assert.Throws<ArgumentException>(train).Message;

    [Fact]
    public void Batch_size_zero_is_refused_with_the_way_to_full_batch()
    {
        Assert.Equal("the batch size must be at least 1; got 0 (leave it out for full-batch training).",
            Refusal(() => Trainer.Fit(LinearRegression.For(Line), Line, new GradientDescent(0.01), epochs: 5, batchSize: 0)));
    }

    [Fact]
    public void Zero_epochs_is_refused()
    {
        Assert.Equal("the number of epochs must be at least 1; got 0.",
            Refusal(() => Trainer.Fit(LinearRegression.For(Line), Line, new GradientDescent(0.01), epochs: 0)));
    }

    [Fact]
    public void An_epoch_budget_past_the_cap_is_refused_before_anything_is_recorded()
    {
        Assert.Equal("the number of epochs must be at most 1,000,000, since every epoch is kept in the history; got 2,147,483,647.",
            Refusal(() => Trainer.Fit(LinearRegression.For(Line), Line, new GradientDescent(0.01), epochs: int.MaxValue)));
    }

    [Fact]
    public void Training_data_with_another_number_of_features_is_a_dimension_mismatch()
    {
        var model = new LinearRegression(3);

        Assert.Equal("This linear regression was built for 3 feature(s), but the training data has 1 (x).",
            Refusal(() => Trainer.Fit(model, Line, new GradientDescent(0.01), epochs: 5)));
    }

    [Fact]
    public void Validation_data_with_another_number_of_features_is_a_dimension_mismatch()
    {
        var validation = new Dataset([[1, 2]], [3], ["x", "z"]);

        Assert.Equal("This linear regression was built for 1 feature(s), but the validation data has 2 (x, z).",
            Refusal(() => Trainer.Fit(LinearRegression.For(Line), Line, new GradientDescent(0.01), epochs: 5, validation: validation)));
    }

    [Fact]
    public void A_missing_optimizer_is_refused()
    {
        var message = Refusal(() => Trainer.Fit(LinearRegression.For(Line), Line, null!, epochs: 5));

        Assert.StartsWith("the optimizer", message);
        Assert.Contains("null", message);
    }

    [Fact]
    public void A_negative_tolerance_is_refused()
    {
        Assert.Equal("the tolerance must be a finite number of at least 0; got -1.",
            Refusal(() => Trainer.Fit(LinearRegression.For(Line), Line, new GradientDescent(0.01), epochs: 5, tolerance: -1)));
    }

    [Fact]
    public void Regression_targets_are_refused_by_a_classifier()
    {
        Assert.StartsWith("This logistic regression tells 2 classes apart, so targets must be class indices 0 to 1",
            Refusal(() => Trainer.Fit(LogisticRegression.For(Line), Line, new GradientDescent(0.01), epochs: 5)));
    }
}
