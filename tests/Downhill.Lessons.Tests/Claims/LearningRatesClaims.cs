using Downhill.Lessons.Tests.Harness;

namespace Downhill.Lessons.Tests.Claims;

public sealed class LearningRatesFixture() : LessonFixture("03-learning-rates");

/// <summary>03-learning-rates: crawl / converge / explode, the 2/L boundary predicted and swept, schedules, the range test.</summary>
public sealed class LearningRatesClaims(LearningRatesFixture lesson) : IClassFixture<LearningRatesFixture>
{
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
    public void A_decaying_schedule_rescues_the_rate_that_explodes_when_held_constant()
    {
        Assert.Equal(RunOutcome.Diverged, lesson.Get<IReadOnlyList<Trajectory>>("scheduleRuns")[0].Outcome);
        Assert.True(lesson.Get<IReadOnlyList<Trajectory>>("scheduleRuns")[2].FinalLoss < 1e-6);
        var scheduled = lesson.Get<Trajectory[]>("scheduleRuns").Skip(1).ToList();
        Assert.Equal(4, scheduled.Count);
        Assert.All(scheduled, run => Assert.True(run.Outcome != RunOutcome.Diverged && run.FinalLoss < 1e-4, run.ToString()));
    }

    [Fact]
    public void The_range_test_points_near_one_over_L()
    {
        Assert.InRange(lesson.Get<double>("suggestedRate"), 0.2, 0.3);
    }

    [Fact]
    public void Exercises_start_wrong_and_give_a_hint() => ExerciseChecks.StartWrongWithAHint(lesson.Run);
}
