using System.Text.Json;
using static Downhill.Tests.Charts.ChartFixtures;

namespace Downhill.Tests.Charts;
public class BasinMapTests
{
    [Fact]
    public void On_the_quartic_starts_left_of_the_hump_end_in_the_deep_valley_and_right_of_it_in_the_shallow_one()
    {
        var quartic = Landscape.Quartic();
        // The hump between the valleys (where Q' = 4x³ − 6x + 1 = 0 in the middle) is at x ≈ 0.17.
        double[][] starts = Enumerable.Range(0, 21).Select(i => new[] { -2.0 + 0.2 * i }).ToArray();

        var plot = Plots.BasinMap(quartic, starts.Select(s => Descent.Run(quartic, new GradientDescent(0.01), s, 3000)));

        var groups = FigureJson.Parse(plot.ToJson()).GetProperty("data").EnumerateArray()
            .Where(t => t.GetProperty("mode").GetString() == "markers" && t.TryGetProperty("hovertext", out var h) && h.ValueKind == JsonValueKind.Array)
            .ToDictionary(t => t.GetProperty("name").GetString()!, t => t.GetProperty("x").EnumerateArray().Select(x => x.GetDouble()).ToList());
        Assert.Equal(2, groups.Count);
        var (left, right) = (groups.Single(g => g.Key.Contains("-1.3")), groups.Single(g => g.Key.Contains("1.13")));
        Assert.All(left.Value, x => Assert.True(x < 0.17));
        Assert.All(right.Value, x => Assert.True(x > 0.17));
        Assert.Equal(21, left.Value.Count + right.Value.Count);
    }

    [Fact]
    public void Runs_that_diverge_form_their_own_grey_group_and_no_NaN_reaches_the_JSON()
    {
        var parabola = new TestParabola();
        // On x² the factor 1 − 2α is −1.2 at α = 1.1: every start blows up except the one already at the bottom.
        var runs = new[] { -2.0, 0.0, 2.0 }.Select(x => Descend(parabola, [x], 1.1, 400)).ToList();

        var figure = FigureJson.Parse(Plots.BasinMap(parabola, runs).ToJson());

        var diverged = figure.GetProperty("data").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "diverged");
        Assert.Equal(2, diverged.GetProperty("x").GetArrayLength());
        Assert.Contains(figure.GetProperty("data").EnumerateArray(), t => t.GetProperty("name").GetString() == "valley at x ≈ 0");
    }

    [Fact]
    public void A_2D_map_colours_squares_by_the_minimum_each_start_reaches()
    {
        var himmelblau = Landscape.Himmelblau();
        var starts = from x in new[] { -4.0, -1.0, 1.0, 4.0 } from y in new[] { -4.0, -1.0, 1.0, 4.0 } select new[] { x, y };

        var plot = Plots.BasinMap(himmelblau, starts.Select(s => Descent.Run(himmelblau, new GradientDescent(0.01), s, 2000)));

        var groups = FigureJson.Parse(plot.ToJson()).GetProperty("data").EnumerateArray()
            .Where(t => t.TryGetProperty("marker", out var m) && m.TryGetProperty("symbol", out var s) && s.GetString() == "square").ToList();
        Assert.Equal(16, groups.Sum(g => g.GetProperty("x").GetArrayLength()));
        Assert.Contains(groups, g => g.GetProperty("name").GetString() == "valley at (3, 2)");
        Assert.True(groups.Count >= 3, "Himmelblau has four minima; a 4×4 grid of starts reaches several");
    }

    [Fact]
    public void Runs_that_do_not_fit_the_landscape_are_refused()
    {
        var parabola = new TestParabola();
        var himmelblau = Landscape.Himmelblau();
        var flat = Descent.Run(himmelblau, new GradientDescent(0.01), [1.0, 2.0], 3, label: "2-D run");
        var wrong = Assert.Throws<ArgumentException>(() => Plots.BasinMap(parabola, [flat]));
        Assert.StartsWith("BasinMap: the run \"2-D run\" moves in 2 dimension(s), but the landscape has 1.", wrong.Message);
        var empty = Assert.Throws<ArgumentException>(() => Plots.BasinMap(parabola, Array.Empty<Trajectory>()));
        Assert.StartsWith("BasinMap needs at least one item in runs; the list is empty.", empty.Message);
    }
}
