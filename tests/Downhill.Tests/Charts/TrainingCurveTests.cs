namespace Downhill.Tests.Charts;

public class TrainingCurveTests
{
    private static TrainingHistory Train(double alpha, int seed = 1)
    {
        var all = TestData.NoisyLine(seed: seed, count: 120);
        var model = LinearRegression.For(all);
        return Trainer.Fit(model, all, new GradientDescent(alpha), epochs: 30, batchSize: 16, seed: seed, validation: TestData.NoisyLine(seed: seed + 100, count: 40));
    }

    [Fact]
    public void Train_and_validation_share_a_colour_with_validation_dashed()
    {
        var history = Train(0.001);

        var figure = FigureJson.Parse(Plots.LossCurve(history).ToJson());

        var data = figure.GetProperty("data");
        Assert.Equal($"{history.Label} (train)", data[0].GetProperty("name").GetString());
        Assert.Equal($"{history.Label} (validation)", data[1].GetProperty("name").GetString());
        Assert.Equal(data[0].GetProperty("line").GetProperty("color").GetString(), data[1].GetProperty("line").GetProperty("color").GetString());
        Assert.Equal("dash", data[1].GetProperty("line").GetProperty("dash").GetString());
        Assert.Equal(history.Epochs.Count, data[0].GetProperty("x").GetArrayLength());
        Assert.Equal("epoch", figure.GetProperty("layout").GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void A_training_run_that_blows_up_is_marked_with_its_epoch_and_has_no_NaN()
    {
        // Unscaled x runs to 10, so x² ≈ 100 and α = 0.5 is far past the stable step 2/L for this data.
        var history = Train(0.5);
        Assert.Equal(RunOutcome.Diverged, history.Outcome);

        var plot = Plots.LossCurves([history, Train(0.001)], LossAxis.Seconds, logY: true);

        var figure = FigureJson.Parse(plot.ToJson());
        Assert.Contains(figure.GetProperty("layout").GetProperty("annotations").EnumerateArray(),
            a => a.GetProperty("text").GetString() == $"✕ diverged in epoch {history.DivergedAtEpoch}");
        Assert.Equal("seconds", figure.GetProperty("layout").GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void Steps_on_x_count_optimizer_steps_across_epochs()
    {
        var history = Train(0.001);

        var x = FigureJson.Parse(Plots.LossCurve(history, LossAxis.Step, validation: false).ToJson()).GetProperty("data")[0].GetProperty("x");

        Assert.Equal(history.StepsPerEpoch * 2, x[2].GetDouble());
        Assert.Equal(history.Label, FigureJson.Parse(Plots.LossCurve(history, validation: false).ToJson()).GetProperty("data")[0].GetProperty("name").GetString());
    }
}
