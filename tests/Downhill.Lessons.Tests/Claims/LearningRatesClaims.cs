using Downhill.Lessons.Tests.Harness;

namespace Downhill.Lessons.Tests.Claims;

public sealed class LearningRatesFixture() : LessonFixture("03-learning-rates");

/// <summary>
/// 03-learning-rates: crawl / converge / explode, the 2/L boundary predicted and swept, the range test (and why it
/// finds 1/L here), the noise floor of a constant α, and what each schedule does under gradient noise.
/// Reads: slowRun, goodRun, wildRun, prediction, boundary, yourRun, lastConvergingRate, firstFailingRate, sweep,
/// rangeRates, suggestedRate, noiselessRun, noisySteps, measuredFloors, formulaFloors, floorRates, L, noise, meanFinal,
/// noisyMeans, exponentialTotal, exponentialLeft, inverseTimeLeft, exponentialHalfway, exponentialFinal,
/// inverseTimeHalfway, inverseTimeFinal, exponentialOverInverseTime, stepDecayLeftAfterRun.
/// </summary>
public sealed class LearningRatesClaims(LearningRatesFixture lesson) : IClassFixture<LearningRatesFixture>
{
    // The order of noisySchedules in the notebook.
    private const int Constant01 = 0, Constant002 = 1, StepDecay = 2, InverseTime = 3, Exponential = 4, Cosine = 5, WarmUpCosine = 6;

    [Fact]
    public void The_three_runs_crawl_converge_and_explode_as_the_prose_says()
    {
        var slow = lesson.Get<Trajectory>("slowRun");
        Assert.Equal(RunOutcome.StepLimitReached, slow.Outcome);
        Assert.True(slow.Final[0] > 0.25 * slow.Positions[0][0], "the small α should still be far from the bottom");
        Assert.Equal(RunOutcome.Converged, lesson.Get<Trajectory>("goodRun").Outcome);
        Assert.Equal(RunOutcome.Diverged, lesson.Get<Trajectory>("wildRun").Outcome);
    }

    [Fact]
    public void The_curvature_predicts_the_boundary_two_over_L_and_the_student_alpha_converges_as_predicted()
    {
        var prediction = lesson.Get<StabilityReport>("prediction");
        Assert.Equal(4, prediction.LargestCurvature, 12);
        Assert.Equal(0.5, lesson.Get<double>("boundary"), 12);
        Assert.True(prediction.ExpectConvergence);
        Assert.Equal(RunOutcome.Converged, lesson.Get<Trajectory>("yourRun").Outcome);
    }

    [Fact]
    public void The_sweep_confirms_the_boundary()
    {
        var boundary = lesson.Get<double>("boundary");
        Assert.True(lesson.Get<double>("lastConvergingRate") < boundary);
        Assert.True(lesson.Get<double>("firstFailingRate") >= boundary);
        Assert.Equal(0.45, lesson.Get<double>("lastConvergingRate"), 12);
        Assert.Equal(0.5, lesson.Get<double>("firstFailingRate"), 12);
    }

    [Fact]
    public void The_fastest_rate_in_the_sweep_is_one_over_L_landing_in_one_step()
    {
        var sweep = lesson.Get<(double Rate, Trajectory Run)[]>("sweep");
        var fastest = sweep.Where(s => s.Run.Outcome == RunOutcome.Converged).MinBy(s => s.Run.Steps);
        Assert.Equal(0.25, fastest.Rate, 12);
        Assert.Equal(1, fastest.Run.Steps);
    }

    [Fact]
    public void The_range_test_points_at_the_grid_rate_nearest_one_over_L_by_construction()
    {
        var rates = lesson.Get<List<double>>("rangeRates");
        var suggested = lesson.Get<double>("suggestedRate");
        // On a 1-D quadratic a step multiplies Q by (1 − αL)², whatever the position: the steepest drop is the α with the smallest |1 − αL|.
        Assert.Equal(rates.MinBy(r => Math.Abs(1 - 4 * r)), suggested);
        Assert.InRange(suggested, 0.2, 0.3);
    }

    [Fact]
    public void Without_noise_a_constant_rate_converges_long_before_the_budget()
    {
        var run = lesson.Get<Trajectory>("noiselessRun");
        Assert.Equal(RunOutcome.Converged, run.Outcome);
        Assert.True(run.Steps < lesson.Get<int>("noisySteps") / 10, run.ToString());
    }

    [Fact]
    public void The_noise_floor_of_a_constant_rate_matches_the_formula_and_grows_with_alpha()
    {
        var measured = lesson.Get<double[]>("measuredFloors");
        var formula = lesson.Get<double[]>("formulaFloors");
        var rates = lesson.Get<double[]>("floorRates");
        for (var i = 0; i < rates.Length; i++)
        {
            Assert.Equal(rates[i] / (2 * (2 - rates[i] * 4)), formula[i], 12);
            Assert.InRange(measured[i] / formula[i], 0.95, 1.05);
        }
        Assert.True(measured.Zip(measured.Skip(1)).All(p => p.First < p.Second), "the floor grows with α");
        // The prose quotes the floors of α = 0.1 and α = 0.02.
        Assert.InRange(measured[Array.IndexOf(rates, 0.1)], 0.030, 0.032);
        Assert.InRange(measured[Array.IndexOf(rates, 0.02)], 0.0049, 0.0055);
    }

    [Fact]
    public void The_noise_floor_formula_is_derived_from_the_stationary_variance_of_one_noisy_step()
    {
        var rates = lesson.Get<double[]>("floorRates");
        var formula = lesson.Get<double[]>("formulaFloors");
        var curvature = lesson.Get<double>("L");
        var sigma = lesson.Get<double>("noise");
        // The derivation's steps, on the lesson's own numbers: v = α²σ²/(1 − (1 − αL)²), floor = (L/2)·v.
        for (var i = 0; i < rates.Length; i++)
        {
            var variance = rates[i] * rates[i] * sigma * sigma / (1 - Math.Pow(1 - rates[i] * curvature, 2));
            Assert.Equal(curvature / 2 * variance, formula[i], 12);
        }
        var derivation = lesson.Run.Result.Notebook.Cells.Single(c => c.Id == "c03-25a").Source;
        Assert.Contains("x₊ = (1 − αL)·x − ασ·ε", derivation);
        Assert.Contains("v = (1 − αL)²·v + α²σ²", derivation);
        Assert.Contains("ασ² / (2(2 − αL))", derivation);
    }

    [Fact]
    public void Under_noise_every_decay_ends_below_both_constant_rates()
    {
        var final = lesson.Get<double[]>("meanFinal");
        foreach (var decayed in new[] { StepDecay, InverseTime, Exponential, Cosine, WarmUpCosine })
            Assert.True(final[decayed] < final[Constant002] / 5, $"schedule {decayed}: {final[decayed]}");
        Assert.True(final[Constant002] < final[Constant01]);
        // Each constant run ends on its floor, within the noise of one sample over 100 seeds.
        Assert.InRange(final[Constant01] / 0.03125, 0.8, 1.2);
        Assert.InRange(final[Constant002] / 0.0052083, 0.8, 1.2);
    }

    [Fact]
    public void The_smaller_constant_rate_sits_lower_but_walks_down_from_the_start_more_slowly()
    {
        var means = lesson.Get<double[][]>("noisyMeans");
        Assert.True(means[Constant002][20] > 10 * means[Constant01][20], $"step 20: {means[Constant002][20]} vs {means[Constant01][20]}");
        Assert.True(means[Constant002][^1] < means[Constant01][^1]);
    }

    [Fact]
    public void Exponential_decay_freezes_because_its_rates_sum_to_five_while_one_over_t_keeps_going_and_ends_lower()
    {
        Assert.Equal(5, lesson.Get<double>("exponentialTotal"), 9);
        Assert.True(lesson.Get<double>("exponentialLeft") < 1e-6);
        Assert.True(lesson.Get<double>("inverseTimeLeft") > 0.5);
        var (expHalf, expEnd) = (lesson.Get<double>("exponentialHalfway"), lesson.Get<double>("exponentialFinal"));
        var (invHalf, invEnd) = (lesson.Get<double>("inverseTimeHalfway"), lesson.Get<double>("inverseTimeFinal"));
        Assert.InRange(expEnd / expHalf, 0.99, 1.01); // flat: frozen
        Assert.True(invEnd < 0.6 * invHalf, $"1/t should keep coming down: {invHalf} → {invEnd}");
        Assert.True(invEnd < expEnd / 3, $"1/t {invEnd} vs exponential {expEnd}");
        Assert.Contains(lesson.Run.ShownTexts, t => t.Contains("03.a — the run ends lower with 1/t", StringComparison.Ordinal));
    }

    [Fact]
    public void The_order_of_exponential_and_one_over_t_does_not_hinge_on_the_seeds()
    {
        var ratios = lesson.Get<double[]>("exponentialOverInverseTime");
        Assert.Equal(3, ratios.Length);
        Assert.All(ratios, ratio => Assert.True(ratio > 2, $"exponential / 1/t = {ratio}"));
    }

    [Fact]
    public void Step_decay_is_geometric_too_and_has_only_hundredths_left_at_the_end_while_ending_below_the_exponential()
    {
        Assert.InRange(lesson.Get<double>("stepDecayLeftAfterRun"), 0.01, 0.1);
        var final = lesson.Get<double[]>("meanFinal");
        Assert.True(final[StepDecay] < final[Exponential]);
    }

    [Fact]
    public void Warm_up_ends_where_plain_cosine_ends()
    {
        var final = lesson.Get<double[]>("meanFinal");
        Assert.InRange(final[WarmUpCosine] / final[Cosine], 0.9, 1.1);
    }

    [Fact]
    public async Task Writing_a_step_decay_schedule_is_graded_by_behaviour() =>
        await ExerciseChecks.WriteItIsGradedByBehaviour("03-learning-rates", "03.2", "StepDecayRate",
            right: "double StepDecayRate(int step, double baseRate) => baseRate * Math.Pow(0.5, step / 100);",
            wrong: "double StepDecayRate(int step, double baseRate) => baseRate * Math.Pow(0.5, step / 100.0);",
            secret: "Math.Pow");

    [Fact]
    public void Exercises_start_wrong_and_give_a_hint() => ExerciseChecks.StartWrongWithAHint(lesson.Run);

    [Fact]
    public void The_sweep_counts_each_run_as_the_runs_above_do_diverged_at_the_step_that_blew_up()
    {
        var wild = lesson.Get<Trajectory>("wildRun");
        Assert.Equal(22, wild.DivergedAtStep);
        Assert.StartsWith("diverged at step 22:", wild.Message);
        var printed = lesson.Run.ConsoleText;
        Assert.Contains($"α =  0.7: {wild.Ending}\n", printed.ReplaceLineEndings("\n"));
        Assert.Contains("α = 0.55: diverged at step 68\n", printed.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("Diverged         after", printed);
    }

    [Fact]
    public void At_step_zero_every_ball_in_the_lockstep_trio_waits_at_the_start()
    {
        var trio = lesson.Run.Figure("Three learning rates in lockstep");
        var readouts = trio["data"]!.AsArray().Select(t => t?["text"])
            .SelectMany(text => text is System.Text.Json.Nodes.JsonArray a ? a.Select(x => x?.ToString() ?? "") : [text?.ToString() ?? ""])
            .Where(t => t.Contains("status:")).ToList();
        Assert.Equal(3, readouts.Count);
        Assert.All(readouts, r => Assert.EndsWith("status: waiting at the start", r));
    }
}
