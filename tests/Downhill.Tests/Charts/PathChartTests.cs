using Downhill.Tests.Landscapes;
using System.Text.Json;
using static Downhill.Tests.Charts.ChartFixtures;

namespace Downhill.Tests.Charts;
public class PathChartTests
{
    [Fact]
    public void Paths_of_several_optimizers_over_a_contour_keep_the_landscape_in_view()
    {
        var himmelblau = Landscape.Himmelblau();
        var runs = Descent.Compare(himmelblau, [new GradientDescent(0.01), new Momentum(0.01), new Adam(0.1)], [0.0, 0.0], steps: 200);

        var plot = Plots.PathsOnContour(himmelblau, runs);

        var figure = FigureJson.Parse(plot.ToJson());
        var data = figure.GetProperty("data");
        Assert.Equal("contour", data[0].GetProperty("type").GetString());
        var paths = data.EnumerateArray().Where(t => t.TryGetProperty("mode", out var mode) && mode.GetString() == "lines+markers").ToList();
        Assert.Equal(3, paths.Count);
        Assert.Equal(runs[2].Positions.Count, paths[2].GetProperty("x").GetArrayLength());
        Assert.Equal(ChartColors.Of(2), paths[2].GetProperty("line").GetProperty("color").GetString());
        var xRange = figure.GetProperty("layout").GetProperty("xaxis").GetProperty("range");
        Assert.Equal(himmelblau.PlotRange[0].Min, xRange[0].GetDouble());
        Assert.Equal(himmelblau.PlotRange[0].Max, xRange[1].GetDouble());
    }

    [Fact]
    public void The_not_to_scale_note_keeps_clear_of_a_title_that_reaches_the_right_side()
    {
        // A view forty times wider than tall cannot be drawn to scale, so the chart says so just over the plot's right end;
        // a one-line title long enough to reach the right side ran over that note before room was kept for it.
        var himmelblau = Landscape.Himmelblau();
        var run = Descent.Run(himmelblau, new GradientDescent(0.01), [0.0, 0.0], steps: 50);
        const string title = "Gradient descent from the origin on Himmelblau, fifty steps";
        var layout = FigureJson.Parse(Plots.PathsOnContour(himmelblau, [run], title, view: [(-4, 4), (-0.1, 0.1)]).ToJson()).GetProperty("layout");

        var shown = layout.GetProperty("title");
        Assert.DoesNotContain("<br>", shown.GetProperty("text").GetString()); // one line, reaching the right-hand side
        var note = layout.GetProperty("annotations").EnumerateArray().Single(a => a.GetProperty("text").GetString()!.StartsWith("axes not to scale"));
        var height = layout.GetProperty("height").GetDouble();
        // In pixels from the top: letters reach a quarter of the font size (17 px) below the title's foot; the note
        // stands on the plot's top edge, lifted by its yshift, and is at most 1.3 font sizes tall.
        var titleBottom = (1 - shown.GetProperty("y").GetDouble()) * height + 0.25 * 17;
        var noteTop = layout.GetProperty("margin").GetProperty("t").GetDouble() - note.GetProperty("yshift").GetDouble()
                      - 1.3 * note.GetProperty("font").GetProperty("size").GetDouble();
        Assert.True(titleBottom < noteTop, $"the title reaches {titleBottom:0.#} px down, the note starts {noteTop:0.#} px down");
        // The window is 40 times wider than tall in a plot about 1.7 times wider than tall: y is the stretched axis.
        Assert.Matches(@"^axes not to scale: a unit of y is drawn about 2\d× as long as a unit of x$", note.GetProperty("text").GetString());
    }

    [Fact]
    public void A_diverged_path_on_the_ill_conditioned_bowl_has_no_NaN_and_is_marked()
    {
        var bowl = Landscape.IllConditionedBowl();
        var runs = TestData.RunsAtRates(bowl, a => new GradientDescent(a), [0.4, 0.6], [8.0, 1.0], steps: 500);
        Assert.Equal(RunOutcome.Diverged, runs[1].Outcome);

        var contour = Plots.PathsOnContour(bowl, runs);
        var surface = Plots.PathsOnSurface(bowl, runs);

        var contourFigure = FigureJson.Parse(contour.ToJson());
        FigureJson.Parse(surface.ToJson());
        // The blow-up flew far out of the fixed view, so the mark sits on the last point still in sight.
        var note = Assert.Single(contourFigure.GetProperty("layout").GetProperty("annotations").EnumerateArray());
        Assert.StartsWith($"✕ diverged at step {runs[1].DivergedAtStep} (out of view after step ", note.GetProperty("text").GetString());
        var (x, y) = (note.GetProperty("x").GetDouble(), note.GetProperty("y").GetDouble());
        Assert.InRange(x, bowl.PlotRange[0].Min, bowl.PlotRange[0].Max);
        Assert.InRange(y, bowl.PlotRange[1].Min, bowl.PlotRange[1].Max);
    }

    [Fact]
    public void Levels_go_logarithmic_for_Rosenbrock_and_Beale_but_stay_linear_for_bowls_Himmelblau_and_Rastrigin()
    {
        foreach (var steep in new Landscape[] { Landscape.Rosenbrock(), new Beale() })
            Assert.Equal("log₁₀(1 + Q − min)", ColourBarTitle(Plots.PathsOnContour(steep, [Descend(steep, [1.5, 1.5], 1e-4, 3)])));
        foreach (var gentle in new Landscape[] { Landscape.IllConditionedBowl(), Landscape.Himmelblau(), new Rastrigin() })
            Assert.Equal("Q", ColourBarTitle(Plots.PathsOnContour(gentle, [Descend(gentle, [1.5, 1.5], 1e-4, 3)])));

        var rosenbrock = Plots.PathsOnContour(new TestRosenbrock(), [Descend(new TestRosenbrock(), [-1.5, 2], 0.001, 10)]);
        var bowl = Plots.PathsOnContour(new TestBowl(), [Descend(new TestBowl(), [5, 2], 0.1, 10)]);

        Assert.Equal("log₁₀(1 + Q − min)", ColourBarTitle(rosenbrock));
        Assert.Equal("Q", ColourBarTitle(bowl));
    }

    [Fact]
    public void On_a_surface_a_path_is_drawn_until_it_leaves_the_plotted_square()
    {
        // From (9, 2.9) with α = 0.45 the y factor is 1 − 0.45·4 = −0.8: y flips sign and shrinks, x creeps inward,
        // so the path stays inside; with α = 0.55 (factor −1.2) y swings out past ±3 within a few steps.
        var bowl = new TestBowl();
        var staying = Descend(bowl, [9, 2.9], 0.45, 30, "stays");
        var leaving = Descend(bowl, [9, 2.9], 0.55, 30, "leaves");

        var figure = FigureJson.Parse(Plots.PathsOnSurface(bowl, [staying, leaving]).ToJson());

        var traces = figure.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal("surface", traces[0].GetProperty("type").GetString());
        Assert.Equal(staying.Positions.Count, traces[1].GetProperty("x").GetArrayLength());
        var leavingPath = traces.Single(t => t.GetProperty("name").GetString()!.StartsWith("leaves (leaves the view"));
        var inside = leaving.Positions.TakeWhile(p => Math.Abs(p[1]) <= 3).Count();
        Assert.Equal(inside, leavingPath.GetProperty("x").GetArrayLength());
        Assert.True(inside < leaving.Positions.Count);
    }

    [Fact]
    public void Wrong_inputs_are_refused_with_a_sentence()
    {
        var empty = Assert.Throws<ArgumentException>(() => Plots.PathsOnContour(new TestBowl(), []));
        Assert.StartsWith("PathsOnContour needs at least one item in runs; the list is empty.", empty.Message);
        var oneD = Assert.Throws<ArgumentException>(() => Plots.PathsOnSurface(new TestParabola(), [Descend(new TestParabola(), [1.0], 0.1, 2)]));
        Assert.StartsWith("PathsOnSurface draws a landscape with 2 dimension(s); Parabola has 1.", oneD.Message);
    }

    [Fact]
    public void A_view_around_the_path_and_the_minimum_keeps_both_on_the_chart()
    {
        // TestBowl's plot range is a small square around its minimum; a start far outside it would leave the picture.
        var bowl = new TestBowl();
        var run = Descend(bowl, [40, -25], 0.1, 60);
        var view = Plots.ViewAround([.. run.Positions, [0.0, 0.0]]);

        var figure = FigureJson.Parse(Plots.PathsOnContour(bowl, [run], view: view).ToJson());

        var layout = figure.GetProperty("layout");
        var x = layout.GetProperty("xaxis").GetProperty("range");
        var y = layout.GetProperty("yaxis").GetProperty("range");
        Assert.All(run.Positions, p =>
        {
            Assert.InRange(p[0], x[0].GetDouble(), x[1].GetDouble());
            Assert.InRange(p[1], y[0].GetDouble(), y[1].GetDouble());
        });
        // The contours are sampled over the same view.
        var contour = figure.GetProperty("data")[0];
        Assert.Equal(x[0].GetDouble(), contour.GetProperty("x")[0].GetDouble());
        Assert.Equal(y[1].GetDouble(), contour.GetProperty("y")[contour.GetProperty("y").GetArrayLength() - 1].GetDouble());
        Assert.Throws<ArgumentException>(() => Plots.PathsOnContour(bowl, [run], view: [(1.0, 0.0), (0.0, 1.0)]));
        Assert.Throws<ArgumentException>(() => Plots.ViewAround([]));
    }

    private static string? ColourBarTitle(Plot plot) =>
        FigureJson.Parse(plot.ToJson()).GetProperty("data")[0].GetProperty("colorbar").GetProperty("title").GetProperty("text").GetString();
    [Fact]
    public void The_contour_grid_has_the_resolution_asked_for_and_100_points_a_side_by_default()
    {
        var bowl = Landscape.IllConditionedBowl();
        var runs = Descent.Compare(bowl, [new GradientDescent(0.1)], [8.0, 1.0], steps: 20);

        var usual = FigureJson.Parse(Plots.PathsOnContour(bowl, runs).ToJson()).GetProperty("data")[0];
        var coarse = FigureJson.Parse(Plots.PathsOnContour(bowl, runs, resolution: 60).ToJson()).GetProperty("data")[0];

        Assert.Equal(100, usual.GetProperty("x").GetArrayLength());
        Assert.Equal(100, usual.GetProperty("y").GetArrayLength());
        Assert.Equal(60, coarse.GetProperty("x").GetArrayLength());
        Assert.Equal(60, coarse.GetProperty("y").GetArrayLength());
        Assert.Equal(60, coarse.GetProperty("z").GetArrayLength());
    }

    [Fact]
    public void A_contour_grid_under_10_points_a_side_is_refused()
    {
        var bowl = Landscape.IllConditionedBowl();
        var runs = Descent.Compare(bowl, [new GradientDescent(0.1)], [8.0, 1.0], steps: 20);

        var error = Assert.Throws<ArgumentException>(() => Plots.PathsOnContour(bowl, runs, resolution: 9));

        Assert.Equal("the contour grid's resolution (points per side) must be at least 10; got 9.", error.Message);
        Plots.PathsOnContour(bowl, runs, resolution: 10); // the smallest grid allowed draws
    }
}
