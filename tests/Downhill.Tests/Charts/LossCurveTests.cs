using System.Text.Json;
using static Downhill.Tests.Charts.ChartFixtures;

namespace Downhill.Tests.Charts;

public class LossCurveTests
{
    [Fact]
    public void A_diverged_run_draws_to_its_last_finite_loss_and_is_marked()
    {
        // GD on the bowl with α = 0.6: the y-direction factor is 1 − 0.6·4 = −1.4, so |y| grows 1.4× a step.
        var run = Descend(new TestBowl(), [5, 1], alpha: 0.6, steps: 500);
        Assert.Equal(Downhill.RunOutcome.Diverged, run.Outcome);

        var plot = Plots.LossCurve(run, logY: true);

        var figure = FigureJson.Parse(plot.ToJson());
        var curve = figure.GetProperty("data")[0];
        Assert.Equal(run.Losses.Count, curve.GetProperty("y").GetArrayLength());
        Assert.Equal(run.Losses[^1], curve.GetProperty("y")[run.Losses.Count - 1].GetDouble());
        var note = figure.GetProperty("layout").GetProperty("annotations")[0];
        Assert.Equal($"✕ diverged at step {run.DivergedAtStep}", note.GetProperty("text").GetString());
        // On a log axis the note sits at log10 of the loss, as plotly.js expects.
        Assert.Equal(Math.Log10(run.Losses[^1]), note.GetProperty("y").GetDouble(), 9);
        Assert.Equal("log", figure.GetProperty("layout").GetProperty("yaxis").GetProperty("type").GetString());
    }

    [Fact]
    public void A_series_holding_NaN_and_Infinity_is_cut_at_the_first_non_finite_value()
    {
        var series = new Series("blow-up", [0, 1, 2, 3, 4], [4.0, 9.0, double.PositiveInfinity, double.NaN, 2.0]);

        var plot = Plots.LossCurves([series]);

        var figure = FigureJson.Parse(plot.ToJson());
        var y = figure.GetProperty("data")[0].GetProperty("y");
        Assert.Equal(2, y.GetArrayLength());
        Assert.Contains("✕ diverged at step 2", plot.ToJson().Replace("\\u2715", "✕"));
    }

    [Fact]
    public void A_very_long_curve_is_thinned_for_drawing_but_keeps_its_spike_and_its_ends()
    {
        const int steps = 100_000;
        var x = Enumerable.Range(0, steps).Select(i => (double)i).ToArray();
        var losses = x.Select(i => 1.0 / (1 + i)).ToArray();
        losses[61_234] = 50; // one spike, as a noisy mini-batch step might give

        var figure = FigureJson.Parse(Plots.LossCurves([new Series("long run", x, losses)], logY: true).ToJson());

        var xs = figure.GetProperty("data")[0].GetProperty("x").EnumerateArray().Select(v => v.GetDouble()).ToList();
        var ys = figure.GetProperty("data")[0].GetProperty("y").EnumerateArray().Select(v => v.GetDouble()).ToList();
        Assert.InRange(xs.Count, 1000, 4000);
        Assert.Equal(0, xs[0]);
        Assert.Equal(steps - 1, xs[^1]);
        Assert.Contains(50, ys);
        Assert.Equal(61_234, xs[ys.IndexOf(50)]);
        Assert.True(xs.Zip(xs.Skip(1)).All(p => p.First < p.Second), "thinned points stay in order");
    }

    [Fact]
    public void Training_style_series_use_epochs_or_seconds_on_x()
    {
        var train = new Series("train", [1, 2, 3], [0.9, 0.5, 0.3]);
        var validation = new Series("validation", [1, 2, 3], [1.0, 0.6, 0.45]);

        var byEpoch = FigureJson.Parse(Plots.LossCurves([train, validation], LossAxis.Epoch).ToJson());
        var bySeconds = FigureJson.Parse(Plots.LossCurves([train with { X = [0.1, 0.2, 0.3] }], LossAxis.Seconds).ToJson());

        Assert.Equal("epoch", byEpoch.GetProperty("layout").GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("seconds", bySeconds.GetProperty("layout").GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
        var colors = byEpoch.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("line").GetProperty("color").GetString()).ToList();
        Assert.Equal(2, colors.Distinct().Count());
    }

    [Fact]
    public void Series_take_the_palette_in_the_order_they_are_listed_whatever_their_labels()
    {
        var bowl = new TestBowl();
        var adam = Descend(bowl, [5, 1], 0.1, 5, "Adam α=0.1");
        var momentum = Descend(bowl, [5, 1], 0.1, 5, "Momentum α=0.1");

        var mixed = FigureJson.Parse(Plots.LossCurves([momentum, adam]).ToJson());
        var sameOptimizer = FigureJson.Parse(Plots.LossCurves([Descend(bowl, [5, 1], 0.1, 5), Descend(bowl, [5, 1], 0.2, 5), Descend(bowl, [5, 1], 0.3, 5)]).ToJson());

        Assert.Equal(ChartColors.Of(0), Color(mixed, 0));
        Assert.Equal(ChartColors.Of(1), Color(mixed, 1));
        Assert.Equal(3, Enumerable.Range(0, 3).Select(i => Color(sameOptimizer, i)).Distinct().Count());
        Assert.Equal(ChartColors.Of(0), ChartColors.Of(ChartColors.Palette.Count));
    }

    [Fact]
    public void Bad_inputs_fail_with_a_clear_sentence()
    {
        var empty = Assert.Throws<ArgumentException>(() => Plots.LossCurves(Array.Empty<Downhill.Trajectory>()));
        Assert.Equal("LossCurves needs at least one item in runs; the list is empty.", empty.Message);

        var mismatched = Assert.Throws<ArgumentException>(() => Plots.LossCurves([new Series("a", [0, 1, 2], [1.0, 2.0])]));
        Assert.StartsWith("LossCurves needs x values of \"a\" and y values of the same length; got 3 and 2.", mismatched.Message);

        var nonFiniteX = Assert.Throws<ArgumentException>(() => Plots.LossCurves([new Series("a", [0, double.NaN], [1.0, 2.0])]));
        Assert.StartsWith("LossCurves needs finite numbers in the x values of \"a\"; item 1 is NaN.", nonFiniteX.Message);


        // A series without a label still draws (a student may leave it out); it just has no legend text.
        FigureJson.Parse(Plots.LossCurves([new Series(null!, [0, 1], [2.0, 1.0])]).ToJson());

        var missing = Assert.Throws<ArgumentException>(() => Plots.LossCurve((Downhill.Trajectory)null!));
        Assert.Equal("the run must be given; got null.", missing.Message);
    }

    private static string? Color(JsonElement figure, int trace) =>
        figure.GetProperty("data")[trace].GetProperty("line").GetProperty("color").GetString();
}
