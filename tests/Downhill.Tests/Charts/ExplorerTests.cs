using System.Text.Json;

namespace Downhill.Tests.Charts;

/// <summary>The explorers' figure JSON: finite, within 1.5 MB, one frame per stated step, readouts equal to the library's runs.</summary>
public class ExplorerTests
{
    private const int SizeBudget = 1_500_000;

    private static JsonElement Figure(Plot plot)
    {
        Assert.True(plot.ToJson().Length <= SizeBudget, $"{plot.Title}: {plot.ToJson().Length} characters of JSON, over the 1.5 MB budget");
        return FigureJson.Parse(plot.ToJson());
    }

    private static Dictionary<string, JsonElement> FramesByName(JsonElement figure) =>
        figure.GetProperty("frames").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);

    private static string Text(JsonElement trace) => trace.GetProperty("text").GetString()!;

    [Fact]
    public void The_learning_rate_explorer_has_a_frame_per_rate_per_step_whose_readouts_are_the_library_runs()
    {
        var curve = Landscape.Parabola(a: 2);
        const int steps = 40;
        var plot = Plots.LearningRateExplorer(curve, start: 2.5, alpha: 0.15, steps: steps);
        var figure = Figure(plot);

        var rateSlider = figure.GetProperty("layout").GetProperty("sliders")[0];
        var labels = rateSlider.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("label").GetString()!).ToList();
        foreach (var wanted in new[] { "0.02", "0.15", "0.85", "0.5 = 2/L" }) Assert.Contains(wanted, labels);
        Assert.Equal(labels.IndexOf("0.15"), rateSlider.GetProperty("active").GetInt32());
        Assert.Equal(labels.Count * (steps + 1), plot.FrameCount);
        // One step slider per rate, only the opening rate's shown.
        var sliders = figure.GetProperty("layout").GetProperty("sliders");
        Assert.Equal(labels.Count + 1, sliders.GetArrayLength());
        Assert.Equal(1, Enumerable.Range(1, labels.Count).Count(i => !sliders[i].TryGetProperty("visible", out var v) || v.GetBoolean()));

        var frames = FramesByName(figure);
        for (var i = 0; i < labels.Count; i++)
        {
            var rate = double.Parse(labels[i].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
            var run = Descent.Run(curve, new GradientDescent(rate), [2.5], steps);
            for (var k = 0; k <= steps; k++)
            {
                var frame = frames[$"a{i}-{k}"].GetProperty("data");
                var readout = Text(frame[3]);
                var at = Math.Min(k, run.Steps);
                Assert.Contains($"step {at}<br>w = {ChartNumber.Show(run.Positions[at][0])}", readout);
                Assert.Contains($"Q(w) = {ChartNumber.Show(run.Losses[at])}", readout);
                if (Math.Abs(run.Positions[at][0]) <= 3) Assert.Equal(run.Positions[at][0], frame[1].GetProperty("x")[0].GetDouble());
                else Assert.Equal(0, frame[1].GetProperty("x").GetArrayLength()); // off the chart: the ✕ trace carries it
            }
            var last = Text(frames[$"a{i}-{steps}"].GetProperty("data")[3]);
            if (run.Outcome == RunOutcome.Diverged) Assert.Contains($"status: diverged at step {run.DivergedAtStep}", last);
            if (run.Outcome == RunOutcome.Converged) Assert.Contains($"status: converged at step {run.Steps}", last);
            // The α slider's step shows the same last frame.
            var restyle = rateSlider.GetProperty("steps")[i].GetProperty("args")[0];
            Assert.Equal(last, restyle.GetProperty("text")[3].GetString());
        }
        var exploding = Descent.Run(curve, new GradientDescent(0.85), [2.5], steps);
        Assert.Equal(RunOutcome.Diverged, exploding.Outcome);
        Assert.Equal(RunOutcome.Converged, Descent.Run(curve, new GradientDescent(0.15), [2.5], steps).Outcome);
    }

    [Fact]
    public void The_lockstep_trio_moves_three_balls_with_one_frame_per_step()
    {
        var curve = Landscape.Parabola(a: 2);
        var plot = Plots.LockstepRates(curve, start: 2.5, steps: 30);
        var figure = Figure(plot);
        Assert.Equal(31, plot.FrameCount);
        var runs = Plots.SourceRates.Select(r => Descent.Run(curve, new GradientDescent(r), [2.5], 30)).ToList();
        var frames = FramesByName(figure);
        for (var k = 0; k <= 30; k++)
        {
            var data = frames[k.ToString()].GetProperty("data");
            Assert.Equal(12, data.GetArrayLength());
            for (var p = 0; p < 3; p++)
            {
                var at = Math.Min(k, runs[p].Steps);
                Assert.Contains($"w = {ChartNumber.Show(runs[p].Positions[at][0])}", Text(data[4 * p + 3]));
            }
        }
        Assert.Equal("x3", figure.GetProperty("data")[10].GetProperty("xaxis").GetString());
        Assert.Equal(31, figure.GetProperty("layout").GetProperty("sliders")[0].GetProperty("steps").GetArrayLength());
    }

    [Fact]
    public void Drop_the_ball_names_the_valley_the_library_run_ends_in()
    {
        var curve = Landscape.ManyValleys();
        var plot = Plots.DropTheBall(curve, start: 5, alpha: 0.05);
        var figure = Figure(plot);
        var betas = figure.GetProperty("layout").GetProperty("sliders")[0].GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("label").GetString()).ToList();
        Assert.Equal(["0", "0.5", "0.8", "0.82", "0.84", "0.86", "0.88", "0.9", "0.95"], betas);
        var starts = figure.GetProperty("layout").GetProperty("sliders")[1].GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("label").GetString()).ToList();
        Assert.Equal(141, starts.Count);
        Assert.Equal(9 * 141, plot.FrameCount);
        var five = starts.IndexOf("5");
        var frames = FramesByName(figure);
        for (var b = 0; b < betas.Count; b++)
        {
            var beta = double.Parse(betas[b]!, System.Globalization.CultureInfo.InvariantCulture);
            var run = Descent.Run(curve, beta == 0 ? new GradientDescent(0.05) : new Momentum(0.05, beta), [5.0], 400);
            var data = frames[$"b{b}-{five}"].GetProperty("data");
            Assert.Contains($"ends at w = {ChartNumber.Show(run.Final[0])}", Text(data[3]));
            var nearest = curve.KnownMinima.MinBy(m => Math.Abs(m[0] - run.Final[0]))!;
            Assert.Contains($"valley at x ≈ {nearest[0].ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}", Text(data[3]));
            Assert.Contains(Math.Abs(nearest[0]) < 1e-9 ? "— the deepest" : "not the deepest", Text(data[3]));
        }
    }

    [Fact]
    public void The_surface_explorer_plays_each_run_to_its_end_on_an_equal_aspect_contour()
    {
        var surface = Landscape.Himmelblau();
        var plot = Plots.SurfaceExplorer(surface);
        var figure = Figure(plot);
        Assert.Equal(4 * 16 * 16, plot.FrameCount);
        Assert.Equal("x", figure.GetProperty("layout").GetProperty("yaxis").GetProperty("scaleanchor").GetString());
        var buttons = figure.GetProperty("layout").GetProperty("updatemenus")[0].GetProperty("buttons");
        Assert.Equal(4, buttons.GetArrayLength());
        var frames = FramesByName(figure);
        var adam = Descent.Run(surface, new Adam(0.1), [-3.75, -3.75], 300);
        var end = frames["o3-s0-15"].GetProperty("data");
        Assert.Equal(adam.Final[0], end[1].GetProperty("x")[0].GetDouble());
        Assert.Equal(adam.Final[1], end[1].GetProperty("y")[0].GetDouble());
        Assert.Contains($"step {adam.Steps}:", Text(end[2]));
    }

    [Fact]
    public void The_surface_explorer_opens_on_a_given_start_before_the_grid()
    {
        var bowl = Landscape.IllConditionedBowl();
        var plot = Plots.SurfaceExplorer(bowl, [new GradientDescent(0.4), new Adam(0.5)], steps: 100, start: [-8.0, 3.0]);
        var figure = Figure(plot);
        Assert.Equal(2 * 17 * 16, plot.FrameCount); // the given start, then the 4 × 4 grid
        var frames = FramesByName(figure);
        var gd = Descent.Run(bowl, new GradientDescent(0.4), [-8.0, 3.0], 100);
        var end = frames["o0-s0-15"].GetProperty("data");
        Assert.Equal(gd.Final[0], end[1].GetProperty("x")[0].GetDouble());
        Assert.Contains("from (-8, 3)", Text(end[2]));
        // The chart opens on it: the path, ball and readout drawn before any slider moves are that run's.
        Assert.Contains("from (-8, 3)", Text(figure.GetProperty("data")[4]));
        var slider = figure.GetProperty("layout").GetProperty("sliders")[0];
        Assert.Equal(0, slider.GetProperty("active").GetInt32());
        Assert.Equal("(-8, 3)", slider.GetProperty("steps")[0].GetProperty("label").GetString());
        Assert.Throws<ArgumentException>(() => Plots.SurfaceExplorer(bowl, start: [-11.0, 0.0]));
        Assert.Throws<ArgumentException>(() => Plots.SurfaceExplorer(bowl, start: [double.NaN, 0.0]));
        Assert.Throws<ArgumentException>(() => Plots.SurfaceExplorer(bowl, start: [1.0]));
    }

    [Fact]
    public void The_phase_diagram_marks_the_cell_with_fewest_steps_near_theory()
    {
        var plot = Plots.MomentumPhaseDiagram();
        var figure = Figure(plot);
        Assert.Equal(0, plot.FrameCount);
        var heat = figure.GetProperty("data")[0];
        var alphas = heat.GetProperty("x").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        var betas = heat.GetProperty("y").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        var z = heat.GetProperty("z");
        var best = (Row: -1, Column: -1, Steps: double.MaxValue);
        for (var r = 0; r < betas.Length; r++)
            for (var c = 0; c < alphas.Length; c++)
                if (z[r][c].ValueKind == JsonValueKind.Number && z[r][c].GetDouble() < best.Steps) best = (r, c, z[r][c].GetDouble());
        var star = figure.GetProperty("data")[2];
        Assert.Equal(alphas[best.Column], star.GetProperty("x")[0].GetDouble());
        Assert.Equal(betas[best.Row], star.GetProperty("y")[0].GetDouble());
        // The cell's count is the library's own.
        var run = Descent.Run(Landscape.IllConditionedBowl(), new Momentum(alphas[best.Column], betas[best.Row]), [-8.0, 1.0], 500);
        Assert.Equal(RunOutcome.Converged, run.Outcome);
        Assert.Equal(best.Steps, run.Steps);
        // Theory: α* = (2/(√4 + √0.2))² ≈ 0.668, β* = ((√20 − 1)/(√20 + 1))² ≈ 0.403.
        var (alpha, beta) = PhaseOptimum.Theory(4, 0.2);
        Assert.Equal(0.668, alpha, 3);
        Assert.Equal(0.403, beta, 3);
        Assert.True(Math.Abs(alphas[best.Column] - alpha) <= 2 * (alphas[1] - alphas[0]) + 1e-9, $"best α {alphas[best.Column]} is more than two cells from theory's {alpha}");
        Assert.True(Math.Abs(betas[best.Row] - beta) <= 2 * (betas[1] - betas[0]) + 1e-9, $"best β {betas[best.Row]} is more than two cells from theory's {beta}");
    }

    [Fact]
    public void Explorers_refuse_bad_input_with_a_sentence()
    {
        var nowhere = Assert.Throws<ArgumentException>(() => Plots.LearningRateExplorer(Landscape.Parabola(), start: double.NaN));
        Assert.Contains("starts the ball on the drawn part", nowhere.Message);
        var surface = Assert.Throws<ArgumentException>(() => Plots.DropTheBall(Landscape.Himmelblau(), 0));
        Assert.Contains("1 dimension", surface.Message);
        var trio = Assert.Throws<ArgumentException>(() => Plots.LockstepRates(Landscape.Parabola(), 1, [0.1, 0.2]));
        Assert.Contains("exactly three rates", trio.Message);
        var rosenbrock = Assert.Throws<ArgumentException>(() => Plots.MomentumPhaseDiagram(Landscape.Rosenbrock()));
        Assert.Contains("quadratic bowl", rosenbrock.Message);
    }

    [Fact]
    public void A_start_off_the_drawn_curve_opens_at_the_nearer_end_instead_of_stopping_the_notebook()
    {
        // Parabola is drawn from −3 to 3: a start of 9 (or 1e200) is moved to 3, a start of −50 to −3; the chart still draws.
        Assert.Equal(3, Guard.Start(Landscape.Parabola(), 9, "chart"));
        Assert.Equal(3, Guard.Start(Landscape.Parabola(), 1e200, "chart"));
        Assert.Equal(-3, Guard.Start(Landscape.Parabola(), -50, "chart"));
        Assert.Equal(1.5, Guard.Start(Landscape.Parabola(), 1.5, "chart"));
        foreach (var plot in new[] { Plots.LearningRateExplorer(Landscape.Parabola(), 1e200), Plots.LockstepRates(Landscape.Parabola(), 5), Plots.DropTheBall(Landscape.Quartic(), -9) })
            Assert.DoesNotContain("NaN", plot.ToJson());
    }

    public static TheoryData<string> Explorers() => ["rate", "lockstep", "drop", "surface", "phase"];

    private static Plot Build(string explorer) => explorer switch
    {
        "rate" => Plots.LearningRateExplorer(Landscape.Parabola(2), 2.5),
        "lockstep" => Plots.LockstepRates(Landscape.Parabola(2), 2.5),
        "drop" => Plots.DropTheBall(Landscape.ManyValleys(), 5),
        "surface" => Plots.SurfaceExplorer(Landscape.Himmelblau()),
        _ => Plots.MomentumPhaseDiagram(),
    };

    [Theory]
    [MemberData(nameof(Explorers))]
    public void The_page_gives_each_explorer_the_height_its_layout_asks_for_so_no_slider_is_cut_off(string explorer)
    {
        var plot = Build(explorer);
        var height = FigureJson.Parse(plot.ToJson()).GetProperty("layout").GetProperty("height").GetDouble();
        Assert.Equal((int)height, plot.Height);
    }

    [Fact]
    public void A_diverging_run_leaves_no_trail_along_the_chart_edge_only_its_marked_ball()
    {
        var plot = Plots.LearningRateExplorer(Landscape.Parabola(2), 2.5, alpha: 0.85, steps: 40);
        var figure = FigureJson.Parse(plot.ToJson());
        var yMax = figure.GetProperty("layout").GetProperty("yaxis").GetProperty("range")[1].GetDouble();
        // The opening frames of 0.85 after it has left the view: the trail has no point pinned to the top edge.
        var late = figure.GetProperty("frames").EnumerateArray().Where(f => f.GetProperty("name").GetString()!.EndsWith("-30", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(late);
        var pinned = late.Select(f => f.GetProperty("data")[0].GetProperty("y").EnumerateArray()
            .Count(y => y.ValueKind == JsonValueKind.Number && y.GetDouble() >= yMax)).ToList();
        Assert.All(pinned, count => Assert.Equal(0, count));
    }

    [Fact]
    public void Drop_the_ball_opens_exactly_at_its_start_on_a_slider_of_round_numbers()
    {
        var well = Landscape.Quartic();
        var plot = Plots.DropTheBall(well, start: 2, alpha: 0.01, beta: 0.9);
        var layout = Figure(plot).GetProperty("layout");
        var slider = layout.GetProperty("sliders")[1 + Plots.DropTheBallBetas.ToList().IndexOf(0.9)];
        var labels = slider.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("label").GetString()!).ToList();
        Assert.Equal("2", labels[slider.GetProperty("active").GetInt32()]);
        // Every label is a multiple of the spacing (0.05 on the drawn range of this well), written in at most two decimals.
        Assert.All(labels, label => Assert.Matches(@"^-?\d+(\.\d{1,2})?$", label));
        var run = Descent.Run(well, new Momentum(0.01, 0.9), [2.0], 400);
        Assert.Contains($"ends at w = {ChartNumber.Show(run.Final[0])}", Text(Figure(plot).GetProperty("data")[4]));
    }

    [Fact]
    public void Drop_the_ball_keeps_its_readout_inside_the_view_and_draws_the_path_the_ball_takes_over_the_hump()
    {
        // Lesson 04's chart: the tilted double well, α = 0.01, β = 0.9, dropped at 2.
        var well = Landscape.Quartic();
        var plot = Plots.DropTheBall(well, start: 2, alpha: 0.01, beta: 0.9);
        var figure = Figure(plot);
        var yRange = figure.GetProperty("layout").GetProperty("yaxis").GetProperty("range");
        var readoutY = figure.GetProperty("data")[4].GetProperty("y")[0].GetDouble();
        Assert.InRange(readoutY, yRange[0].GetDouble(), yRange[1].GetDouble());

        var xRange = figure.GetProperty("layout").GetProperty("xaxis").GetProperty("range");
        var gap = (xRange[1].GetDouble() - xRange[0].GetDouble()) / 100;
        var run = Descent.Run(well, new Momentum(0.01, 0.9), [2.0], 400);
        var longestStep = run.Positions.Zip(run.Positions.Skip(1), (a, b) => Math.Abs(b[0] - a[0])).Max();
        var drawn = figure.GetProperty("data")[1].GetProperty("x").EnumerateArray().Select(x => x.GetDouble()).ToList();
        var longestChord = drawn.Zip(drawn.Skip(1), (a, b) => Math.Abs(b - a)).Max();
        Assert.True(longestChord <= gap + longestStep + 1e-4, $"a drawn segment spans {longestChord:0.###} in w; the ball's longest step is {longestStep:0.###}");

        // The β slider can narrow down where the ball starts to carry over the hump (between 0.8 and 0.9).
        Assert.Superset(new HashSet<double> { 0.8, 0.82, 0.84, 0.86, 0.88, 0.9 }, Plots.DropTheBallBetas.ToHashSet());
    }

    [Fact]
    public void The_phase_diagram_says_in_its_legend_what_its_grey_and_white_cells_mean()
    {
        var figure = Figure(Plots.MomentumPhaseDiagram());
        var names = figure.GetProperty("data").EnumerateArray().Where(t => t.TryGetProperty("name", out _))
            .Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Contains("grey: diverges", names);
        Assert.Contains("white: not converged within 500 steps", names);
    }
}
