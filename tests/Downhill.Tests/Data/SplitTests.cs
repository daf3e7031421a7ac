namespace Downhill.Tests.Data;

public sealed class SplitTests
{
    private static Dataset Numbered(int count) =>
        new(Enumerable.Range(0, count).Select(i => new double[] { i }).ToArray(), Enumerable.Range(0, count).Select(i => (double)i).ToArray());

    [Fact]
    public void A_split_holds_back_the_fraction_and_uses_every_example_exactly_once()
    {
        var (train, validation) = Split.TrainValidation(Numbered(100), validationFraction: 0.2, seed: 1);

        Assert.Equal(80, train.Count);
        Assert.Equal(20, validation.Count);
        Assert.Equal(Enumerable.Range(0, 100).Select(i => (double)i), train.Targets.Concat(validation.Targets).Order());
    }

    [Fact]
    public void The_same_seed_gives_the_same_split_and_another_seed_a_different_one()
    {
        var data = Numbered(50);

        var first = Split.TrainValidation(data, 0.3, seed: 4);
        var again = Split.TrainValidation(data, 0.3, seed: 4);
        var other = Split.TrainValidation(data, 0.3, seed: 5);

        Assert.Equal(first.Validation.Targets, again.Validation.Targets);
        Assert.NotEqual(first.Validation.Targets, other.Validation.Targets);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void A_fraction_outside_zero_to_one_is_refused(double fraction)
    {
        var error = Assert.Throws<ArgumentException>(() => Split.TrainValidation(Numbered(10), fraction, seed: 1));

        Assert.StartsWith("The validation fraction must be a number between 0 and 1", error.Message);
    }

    [Fact]
    public void A_tiny_fraction_still_holds_back_one_example()
    {
        var (train, validation) = Split.TrainValidation(Numbered(10), 0.01, seed: 1);

        Assert.Equal((9, 1), (train.Count, validation.Count));
    }
}
