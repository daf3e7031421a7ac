using Downhill.Lessons.Tests.Harness;
using Downhill.Notebooks.Parameters;

namespace Downhill.Lessons.Tests.Claims;

public sealed class LocalMinimaFixture() : LessonFixture("04-local-minima");

/// <summary>
///04-local-minima: nearest valley, basins, restarts, momentum over a dip, noise out of a dip, saddles, a network's twin minima.
/// Reads: valleysDrawn, valleysToTwelve, fromFive, valleysReached, globalShare, bestRestart, stuckRun, rollingRun,
/// tooMuchMomentum, noiseLevels, escapeShares, returnShares, noiseSeeds, otherSeedShares, saddleRuns, plainSaddleExit,
/// plainLeftAt, hopRates, hopRuns, fromDipBottom, smallestHoppingRate, shallowBarrier, deepBarrier, shallowCurvature,
/// deepCurvature, rollingTitle, monkeyExits, slopeAtStart, monkeyShown, monkeyRuns, networkRunA, networkRunB, valleys.
/// </summary>
public sealed class LocalMinimaClaims(LocalMinimaFixture lesson) : IClassFixture<LocalMinimaFixture>
{
    [Fact]
    public void The_curve_has_five_valleys_in_the_drawn_range_and_seven_out_to_twelve()
    {
        Assert.Equal(5, lesson.Get<int>("valleysDrawn"));
        Assert.Equal(7, lesson.Get<int>("valleysToTwelve"));
    }

    [Fact]
    public void Dropped_at_five_the_ball_converges_in_a_valley_that_is_not_the_deepest()
    {
        var run = lesson.Get<Trajectory>("fromFive");
        Assert.Equal(RunOutcome.Converged, run.Outcome);
        Assert.InRange(run.Final[0], 5.5, 6.5); // the valley near 5.96: x = 5 lies beyond the hilltop near 4.5
        Assert.True(run.FinalLoss > -0.5, $"the deepest valley has Q = −1; this one has {run.FinalLoss}");
    }

    [Fact]
    public void The_basin_map_reaches_several_valleys_and_most_starts_miss_the_deepest()
    {
        Assert.Equal(5, lesson.Get<int>("valleysReached"));
        Assert.InRange(lesson.Get<double>("globalShare"), 0.05, 0.5);
    }

    [Fact]
    public void Seeded_restarts_find_the_deepest_valley()
    {
        var best = lesson.Get<Trajectory>("bestRestart");
        Assert.Equal(-1, best.FinalLoss, 6);
        Assert.Equal(0, best.Final[0], 3);
    }

    [Fact]
    public void Plain_descent_stays_in_the_shallow_valley_momentum_rolls_into_the_deep_one_and_too_much_momentum_rolls_back()
    {
        Assert.Equal(1.131, lesson.Get<Trajectory>("stuckRun").Final[0], 2);
        Assert.Equal(-1.301, lesson.Get<Trajectory>("rollingRun").Final[0], 2);
        Assert.True(lesson.Get<Trajectory>("tooMuchMomentum").Final[0] > 0);
    }

    [Fact]
    public void Noise_shakes_the_ball_out_of_the_shallow_valley_more_often_than_out_of_the_deep_one()
    {
        var sigmas = lesson.Get<double[]>("noiseLevels");
        var escapes = lesson.Get<double[]>("escapeShares");
        var returns = lesson.Get<double[]>("returnShares");
        Assert.Equal([0, 4, 6, 8, 10, 12, 16], sigmas);
        Assert.Equal(200, lesson.Get<int>("noiseSeeds"));
        for (var i = 0; i < sigmas.Length; i++)
        {
            if (sigmas[i] <= 6) Assert.Equal(0, escapes[i]);            // "small noise only jiggles it"
            if (i > 0) Assert.True(escapes[i] >= escapes[i - 1]);      // "a growing share escapes"
            if (sigmas[i] >= 8) Assert.True(returns[i] < escapes[i] / 2, $"σ = {sigmas[i]}: back {returns[i]}, out {escapes[i]}"); // "far fewer"
        }
        Assert.InRange(escapes[Array.IndexOf(sigmas, 8.0)], 0.001, 0.1);  // "under a tenth at σ = 8"
        Assert.True(escapes[^1] > 0.5);                                   // "over half at σ = 16"
        Assert.True(returns[^1] > 0.1);                                   // "too much noise throws balls out of the deep valley too"
        // "the next seeds give shares within a few standard errors": at most three of the difference's standard errors.
        var others = lesson.Get<double[]>("otherSeedShares");
        for (var i = 0; i < sigmas.Length; i++)
        {
            var error = Math.Sqrt((escapes[i] * (1 - escapes[i]) + others[i] * (1 - others[i])) / 200);
            Assert.True(Math.Abs(escapes[i] - others[i]) <= 3 * error, $"σ = {sigmas[i]}: {escapes[i]} vs {others[i]}");
        }
    }

    [Fact]
    public void Plain_descent_lingers_at_the_saddle_for_its_forty_steps_while_momentum_and_Adam_escape()
    {
        Assert.InRange(Math.Abs(lesson.Get<IReadOnlyList<Trajectory>>("saddleRuns")[0].Final[1]), 0, 0.01);
        Assert.True(Math.Abs(lesson.Get<IReadOnlyList<Trajectory>>("saddleRuns")[1].Final[1]) > 1);
        Assert.True(Math.Abs(lesson.Get<IReadOnlyList<Trajectory>>("saddleRuns")[2].Final[1]) > 1);
        Assert.Equal(76, lesson.Get<int>("plainSaddleExit"));   // "from 10⁻⁶ to 1 in about 76 steps"
        Assert.Equal(-1, lesson.Get<int>("plainLeftAt"));
    }

    [Fact]
    public async Task Plain_descent_does_not_stall_at_the_saddle_it_leaves_geometrically_near_step_seventy_six()
    {
        using var run = await LessonRun.StartAsync("04-local-minima", [new ParameterOverride("saddleSteps", "200")]);
        Assert.Empty(run.Errors);
        Assert.InRange(run.Get<int>("plainLeftAt"), 74, 78);
        Assert.Contains("Plain descent lingers, then leaves too", run.ConsoleText);
    }

    [Fact]
    public void A_bigger_step_hops_the_shallow_dip_from_x_two_only_by_its_first_long_steps_and_never_from_the_dips_bottom()
    {
        var rates = lesson.Get<double[]>("hopRates");
        var runs = lesson.Get<Trajectory[]>("hopRuns");
        var fromBottom = lesson.Get<Trajectory[]>("fromDipBottom");
        Assert.Equal(0.1, lesson.Get<double>("smallestHoppingRate"));
        for (var i = 0; i < rates.Length; i++)
        {
            var expected = rates[i] < 0.1 ? RunOutcome.Converged : rates[i] <= 0.13 ? RunOutcome.Converged : rates[i] < 0.2 ? RunOutcome.StepLimitReached : RunOutcome.Diverged;
            Assert.Equal(expected, runs[i].Outcome);
            if (expected == RunOutcome.Converged) Assert.Equal(rates[i] < 0.1 ? 1.131 : -1.301, runs[i].Final[0], 2);
            // "because its first steps land beyond the hump (x ≈ 0.17)": exactly the rates whose first step crosses it hop
            Assert.Equal(rates[i] >= 0.1, runs[i].Positions[1][0] < 0.17);
            Assert.Equal(RunOutcome.Converged, fromBottom[i].Outcome);
            Assert.Equal(1.131, fromBottom[i].Final[0], 2);
        }
    }

    [Fact]
    public void What_keeps_the_ball_in_the_deep_valley_is_the_barrier_height_not_width_the_deep_valley_is_the_narrower()
    {
        Assert.Equal(1.15, lesson.Get<double>("shallowBarrier"), 2);
        Assert.Equal(3.60, lesson.Get<double>("deepBarrier"), 2);
        Assert.Equal(9.35, lesson.Get<double>("shallowCurvature"), 2);
        Assert.Equal(14.31, lesson.Get<double>("deepCurvature"), 2);
        Assert.Contains("is 1.15 above the shallow bottom and 3.60 above the deep one", lesson.Run.ConsoleText);
        var prose = string.Concat(lesson.Run.Result.Notebook.Cells.Where(c => c.Kind == Downhill.Notebooks.Documents.CellKind.Markdown).Select(c => c.Source));
        Assert.DoesNotContain("wider well", prose);
        Assert.DoesNotContain("narrow, shallow dips", prose);
        Assert.DoesNotContain("*stalls*", prose);
        Assert.Contains("positive-definite", prose);
    }

    [Fact]
    public async Task With_momentum_one_half_the_chart_title_says_the_ball_stays_in_the_shallow_valley()
    {
        using var run = await LessonRun.StartAsync("04-local-minima", [new ParameterOverride("momentum", "0.5")]);
        Assert.Empty(run.Errors);
        Assert.True(run.Get<Trajectory>("rollingRun").Final[0] > 0);
        Assert.Equal("Momentum β = 0.5: stays in the shallow valley", run.Get<string>("rollingTitle"));
        Assert.Equal("Momentum β = 0.9: rolls over the hump", lesson.Get<string>("rollingTitle"));
    }

    [Fact]
    public void On_the_monkey_saddle_Adam_leaves_the_square_first_then_momentum_and_plain_descent_stays()
    {
        var exits = lesson.Get<int[]>("monkeyExits");
        Assert.Equal(-1, exits[0]);
        Assert.Equal(16, exits[2]);
        Assert.Equal(20, exits[1]);
        var slope = lesson.Get<double[]>("slopeAtStart");
        Assert.InRange(Math.Sqrt(slope[0] * slope[0] + slope[1] * slope[1]), 0.01, 0.02); // "about 0.015"
        // The chart is clipped: each drawn path ends at the first step outside the ±1.5 square.
        var shown = lesson.Get<List<Trajectory>>("monkeyShown");
        Assert.All(shown.Zip(exits), p => Assert.Equal(p.Second < 0 ? 40 : p.Second, p.First.Steps));
        // Unclipped, momentum is far off the chart by then (the run-off the clipping hides).
        Assert.True(Math.Abs(lesson.Get<IReadOnlyList<Trajectory>>("monkeyRuns")[1].Final[1]) > 100);
    }

    [Fact]
    public void The_tiny_network_has_two_perfect_twin_minima_reached_from_mirrored_starts()
    {
        var a = lesson.Get<Trajectory>("networkRunA");
        var b = lesson.Get<Trajectory>("networkRunB");
        Assert.Equal(1.0, a.Final[0], 2);
        Assert.Equal(1.5, a.Final[1], 2);
        Assert.Equal(-1.0, b.Final[0], 2);
        Assert.Equal(-1.5, b.Final[1], 2);
        Assert.True(a.FinalLoss < 1e-6 && b.FinalLoss < 1e-6);
    }

    [Fact]
    public void Exercises_start_wrong_and_give_a_hint() => ExerciseChecks.StartWrongWithAHint(lesson.Run);

    [Fact]
    public Task Writing_the_descent_loop_is_graded_by_behaviour() => ExerciseChecks.WriteItIsGradedByBehaviour(
        "04-local-minima", "04.2", "Descend",
        right: """
            double[] Descend(Landscape surface, double[] start, double alpha, int steps)
            {
                var w = (double[])start.Clone();
                for (var k = 0; k < steps; k++)
                {
                    var g = surface.Gradient(w);
                    for (var i = 0; i < w.Length; i++) w[i] -= alpha * g[i];
                }
                return w;
            }
            """,
        wrong: """
            double[] Descend(Landscape surface, double[] start, double alpha, int steps)
            {
                var w = (double[])start.Clone();
                for (var k = 0; k < steps; k++)
                {
                    var g = surface.Gradient(w);
                    w[0] -= alpha * g[0];
                }
                return w;
            }
            """,
        secret: "w[i] -= alpha");

    [Fact]
    public void Drop_the_ball_also_runs_on_the_many_valley_curve_with_its_start_slider_over_all_of_it()
    {
        var (min, max) = lesson.Get<Landscape>("valleys").PlotRange[0];
        var chart = lesson.Run.Figure("Drop the ball on the many-valley curve");
        var starts = chart["layout"]!["sliders"]![1]!["steps"]!.AsArray()
            .Select(s => double.Parse(s!["label"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(min, starts.Min(), 6);
        Assert.Equal(max, starts.Max(), 6);
        // The well's chart keeps its readout inside its axis (it sat at y = 26.1 above an axis ending at 26.0996, clipped away).
        var well = lesson.Run.Figure("Drop the ball on x⁴ − 3x² + x");
        var top = well["layout"]!["yaxis"]!["range"]![1]!.GetValue<double>();
        Assert.True(well["data"]![4]!["y"]![0]!.GetValue<double>() <= top);
    }
}
