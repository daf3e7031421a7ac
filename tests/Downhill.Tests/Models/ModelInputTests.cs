namespace Downhill.Tests.Models;

public sealed class ModelInputTests
{
    [Fact]
    public void Data_with_another_number_of_features_is_a_dimension_mismatch_for_Loss_and_for_LossAndGradient()
    {
        var model = new LinearRegression(2);
        var data = new Dataset([[1, 2, 3]], [1], ["a", "b", "c"]);

        var error = Assert.Throws<ArgumentException>(() => model.Loss(data));
        var oneWalkError = Assert.Throws<ArgumentException>(() => model.LossAndGradient(data));

        Assert.Equal("This linear regression was built for 2 feature(s), but the data has 3 (a, b, c).", error.Message);
        Assert.Equal(error.Message, oneWalkError.Message);
    }

    [Fact]
    public void One_example_with_the_wrong_length_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new LogisticRegression(3).Probability([1, 2]));

        Assert.Equal("This logistic regression takes 3 feature value(s); got 2.", error.Message);
    }

    [Fact]
    public void Logistic_regression_refuses_a_third_class()
    {
        var data = TestData.TwoBlobs(seed: 1);
        var threeClass = new Dataset(data.FeatureRows(), data.Targets.Select((t, i) => i == 0 ? 2.0 : t).ToArray());

        var error = Assert.Throws<ArgumentException>(() => LogisticRegression.For(threeClass).Loss(threeClass));

        Assert.Equal("This logistic regression tells 2 classes apart, so targets must be class indices 0 to 1; example 0 of the data has target 2.", error.Message);
    }

    [Fact]
    public void Softmax_regression_needs_named_classes_to_be_made_for_a_dataset()
    {
        var error = Assert.Throws<ArgumentException>(() => SoftmaxRegression.For(TestData.NoisyLine(seed: 1)));

        Assert.StartsWith("Softmax regression needs a classification dataset", error.Message);
    }

    [Fact]
    public void Parameters_are_named_after_the_features()
    {
        var penguins = new Dataset([[1, 2]], [0], ["bill", "mass"], "species", ["Adelie", "Gentoo"]);

        Assert.Equal(["w[bill]", "w[mass]", "b"], LinearRegression.For(penguins).ParameterNames);
        Assert.Equal(["w[bill, Adelie]", "w[mass, Adelie]", "b[Adelie]", "w[bill, Gentoo]", "w[mass, Gentoo]", "b[Gentoo]"],
            SoftmaxRegression.For(penguins).ParameterNames);
    }

    [Fact]
    public void Setting_parameters_checks_their_count()
    {
        var error = Assert.Throws<ArgumentException>(() => new LinearRegression(1).SetParameters([1, 2, 3]));

        Assert.Equal("This linear regression has 2 parameters (w[x1], b); got 3 values.", error.Message);
    }

    [Fact]
    public void A_linear_regression_on_cross_entropy_refuses_a_target_outside_0_to_1_before_any_step_naming_the_example()
    {
        var data = new Dataset([[1.0], [2.0], [3.0]], [0, 2, 1]);
        var model = new LinearRegression(1, Loss.BinaryCrossEntropyFromLogits());

        var error = Assert.Throws<ArgumentException>(() => Trainer.Fit(model, data, new GradientDescent(0.1), epochs: 3));

        Assert.Equal("binary cross-entropy needs targets between 0 and 1 (class labels or probabilities); got 2 at position 1.", error.Message);
        Assert.All(model.Parameters, p => Assert.Equal(0, p));
    }
}
