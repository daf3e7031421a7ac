namespace Downhill.Tests.Charts;
/// <summary>Every ready-made landscape draws in every chart that fits it, with nothing non-finite in the JSON.</summary>
public class EveryLandscapeTests
{
    public static TheoryData<string> Names() => [.. Landscape.All().Select(l => l.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_landscape_draws_in_its_charts(string name)
    {
        var landscape = Landscape.All().Single(l => l.Name == name);
        var center = landscape.PlotRange.Select(r => r.Min + 0.37 * (r.Max - r.Min)).ToArray();
        // A careful run and a reckless one, so diverged paths are drawn too.
        var runs = new[] { 1e-3, 5.0 }.Select(a => Descent.Run(landscape, new GradientDescent(a), center, 200)).ToList();

        var plots = landscape.Dimensions == 1
            ? new[]
            {
                Plots.BallOnCurve(landscape, runs[0]),
                Plots.BallOnCurve(landscape, runs[1]),
                Plots.BasinMap(landscape, runs),
                Plots.LossCurves(runs, logY: true),
            }
            :
            [
                Plots.PathsOnContour(landscape, runs),
                Plots.PathsOnSurface(landscape, runs),
                Plots.GradientArrows(landscape),
                Plots.BasinMap(landscape, runs),
                Plots.Grid(runs.Select(r => Plots.PathsOnContour(landscape, [r], title: r.Label))),
            ];

        foreach (var plot in plots)
        {
            var figure = FigureJson.Parse(plot.ToJson());
            Assert.True(figure.GetProperty("data").GetArrayLength() > 0, $"{plot} has no traces");
            Assert.Equal(plot.ToJson(), plot.ToJson());
        }
        // α = 5 blows up on every landscape but the two whose slopes stay small far out (plateau, many valleys).
        Assert.Equal(name is not ("Plateau" or "Many valleys"), runs.Any(r => r.Outcome == RunOutcome.Diverged));
    }

    [Fact]
    public void Loss_series_sprinkled_with_non_finite_values_never_leak_them_into_the_JSON()
    {
        var random = new Random(20261123);
        double[] specials = [double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1e308, -1e-308, 0];
        for (var trial = 0; trial < 200; trial++)
        {
            var length = random.Next(1, 30);
            var losses = Enumerable.Range(0, length)
                .Select(_ => random.NextDouble() < 0.2 ? specials[random.Next(specials.Length)] : random.NextDouble() * 100)
                .ToArray();
            var series = new Series($"trial {trial}", Enumerable.Range(0, length).Select(i => (double)i).ToArray(), losses);

            FigureJson.Parse(Plots.LossCurves([series], logY: trial % 2 == 0).ToJson());
            FigureJson.Parse(Plots.Line(series.X, losses).ToJson());
        }
    }
}
