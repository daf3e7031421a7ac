namespace Downhill.Tests.Data;

public sealed class StandardizerTests
{
    private static readonly Dataset Train = new([[1, 100], [2, 200], [3, 600]], [10, 20, 60], ["small", "large"], "y");

    [Fact]
    public void Transformed_training_features_have_mean_zero_and_deviation_one()
    {
        var scaled = Standardizer.Fit(Train).Transform(Train);

        foreach (var name in scaled.FeatureNames)
        {
            var column = scaled.Column(name);
            var mean = column.Average();
            Assert.Equal(0, mean, 12);
            Assert.Equal(1, Math.Sqrt(column.Select(v => (v - mean) * (v - mean)).Average()), 12);
        }
    }

    [Fact]
    public void Other_sets_are_scaled_with_the_training_numbers_not_their_own()
    {
        var scaler = Standardizer.Fit(Train);
        var validation = new Dataset([[2, 300]], [0], ["small", "large"], "y");

        var scaled = scaler.Transform(validation);

        // small: mean 2, sd √(2/3); large: mean 300, sd √(140000/3).
        Assert.Equal([0.0, 0.0], scaled.Features(0));
        Assert.Equal(2.0, scaler.Means[0]);
        Assert.Equal(Math.Sqrt(140000.0 / 3), scaler.StandardDeviations[1], 9);
    }

    [Fact]
    public void The_target_is_left_alone_unless_asked()
    {
        Assert.Equal(Train.Targets, Standardizer.Fit(Train).Transform(Train).Targets);
        Assert.Equal(0, Standardizer.Fit(Train, scaleTarget: true).Transform(Train).Targets.Average(), 12);
    }

    [Fact]
    public void A_constant_column_is_a_clear_error()
    {
        var constant = new Dataset([[1, 3], [2, 3]], [0, 1], ["area", "bedrooms"], "y");

        var error = Assert.Throws<ArgumentException>(() => Standardizer.Fit(constant));

        Assert.StartsWith("Feature 'bedrooms' has the same value (3) in every training example, so it cannot be standardised", error.Message);
    }

    [Fact]
    public void Data_with_other_features_is_refused()
    {
        var other = new Dataset([[1, 2, 3]], [0], ["small", "large", "extra"], "y");

        var error = Assert.Throws<ArgumentException>(() => Standardizer.Fit(Train).Transform(other));

        Assert.Equal("This standardizer was fitted on the features small, large; the data has small, large, extra.", error.Message);
    }

    [Fact]
    public void Class_indices_are_never_rescaled()
    {
        var classes = new Dataset([[1], [2]], [0, 1], classNames: ["a", "b"]);

        Assert.Throws<ArgumentException>(() => Standardizer.Fit(classes, scaleTarget: true));
    }
}
