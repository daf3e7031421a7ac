namespace Downhill.Tests.Charts;

public class FromDataTests
{
    [Fact]
    public void A_trained_linear_regression_is_drawn_with_its_names_and_its_own_line()
    {
        var data = TestData.NoisyLine(seed: 4, count: 50);
        var model = LinearRegression.For(data);
        Trainer.Fit(model, data, new GradientDescent(0.01), epochs: 200);

        var plot = Plots.RegressionFit(data, model);

        var figure = FigureJson.Parse(plot.ToJson());
        Assert.Equal(data.FeatureNames[0], figure.GetProperty("layout").GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal(data.TargetName, figure.GetProperty("layout").GetProperty("yaxis").GetProperty("title").GetProperty("text").GetString());
        var line = figure.GetProperty("data")[1];
        var x0 = line.GetProperty("x")[0].GetDouble();
        Assert.Equal(model.Predict([x0]), line.GetProperty("y")[0].GetDouble(), 9);
    }

    [Fact]
    public void A_logistic_regression_is_shaded_by_probability_and_other_classifiers_by_class()
    {
        var blobs = TestData.TwoBlobs(seed: 5, countPerClass: 40);
        var logistic = LogisticRegression.For(blobs);
        Trainer.Fit(logistic, blobs, new GradientDescent(0.1), epochs: 100);
        var softmax = SoftmaxRegression.For(blobs);
        Trainer.Fit(softmax, blobs, new GradientDescent(0.1), epochs: 100);

        var byProbability = FigureJson.Parse(Plots.DecisionBoundary(blobs, logistic).ToJson());
        var byClass = FigureJson.Parse(Plots.DecisionBoundary(blobs, softmax).ToJson());

        Assert.Equal("contour", byProbability.GetProperty("data")[0].GetProperty("type").GetString());
        Assert.Equal("heatmap", byClass.GetProperty("data")[0].GetProperty("type").GetString());
        Assert.Equal(blobs.ClassNames[0], byClass.GetProperty("data")[1].GetProperty("name").GetString());
        Assert.Equal(blobs.FeatureNames[1], byClass.GetProperty("layout").GetProperty("yaxis").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void Data_of_the_wrong_shape_is_refused_with_a_sentence()
    {
        var blobs = TestData.TwoBlobs(seed: 5, countPerClass: 5);
        var line = TestData.NoisyLine(seed: 4, count: 10);

        var twoFeatures = Assert.Throws<ArgumentException>(() => Plots.RegressionFit(blobs, x => x));
        Assert.StartsWith("RegressionFit draws data with one feature; this set has 2", twoFeatures.Message);
        var notClasses = Assert.Throws<ArgumentException>(() => Plots.DecisionBoundary(new Dataset([[1, 2], [3, 4]], [0.5, 1.5]), p => 0));
        Assert.StartsWith("DecisionBoundary needs a classification set", notClasses.Message);
        var oneFeature = Assert.Throws<ArgumentException>(() => Plots.DecisionBoundary(line, p => 0));
        Assert.StartsWith("DecisionBoundary draws data with two features; this set has 1", oneFeature.Message);
    }
}
