using Downhill.Lessons.Tests.Harness;

namespace Downhill.Lessons.Tests.Claims;

public sealed class StartHereFixture() : LessonFixture("00-start-here");

/// <summary>00-start-here: the prose's prediction (2.5 × 0.8⁴⁰) is what the ball does.</summary>
public sealed class StartHereClaims(StartHereFixture lesson) : IClassFixture<StartHereFixture>
{
    [Fact]
    public void Ball_ends_where_the_prediction_says_within_a_thousandth_of_the_bottom()
    {
        var run = lesson.Get<Trajectory>("firstRun");
        var predicted = lesson.Get<double>("predictedPosition");
        Assert.Equal(2.5 * Math.Pow(0.8, 40), predicted, 12);
        Assert.Equal(predicted, run.Final[0], 12);
        Assert.InRange(Math.Abs(run.Final[0]), 0, 0.001);
    }

    [Fact]
    public void First_run_is_close_but_reports_its_step_limit_as_the_prose_explains()
    {
        var run = lesson.Get<Trajectory>("firstRun");
        Assert.Equal(RunOutcome.StepLimitReached, run.Outcome);
        Assert.Equal(40, run.Steps);
    }

    [Fact]
    public void Exercises_start_wrong_and_give_a_hint() => ExerciseChecks.StartWrongWithAHint(lesson.Run);
}
