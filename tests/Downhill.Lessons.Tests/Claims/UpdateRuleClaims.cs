using Downhill.Lessons.Tests.Harness;

namespace Downhill.Lessons.Tests.Claims;

public sealed class UpdateRuleFixture() : LessonFixture("02-update-rule");

/// <summary>02-update-rule: the table is the library's loop, the flipped sign climbs, gradient checks, descent meets least squares.</summary>
public sealed class UpdateRuleClaims(UpdateRuleFixture lesson) : IClassFixture<UpdateRuleFixture>
{
    [Fact]
    public void The_hand_table_and_Descent_Run_agree_exactly()
    {
        Assert.Equal(0.0, lesson.Get<double>("largestTableDifference"));
        Assert.Equal(9, lesson.Get<Trajectory>("libraryRun").Positions.Count);
    }

    [Fact]
    public void Flipping_the_minus_sign_makes_every_step_climb()
    {
        var climb = lesson.Get<Trajectory>("climbRun");
        Assert.Equal(8, climb.Steps);
        Assert.All(Enumerable.Range(1, climb.Steps), k => Assert.True(climb.Losses[k] > climb.Losses[k - 1]));
    }

    [Fact]
    public void The_gradient_check_passes_the_true_gradient_and_catches_the_missing_factor_two()
    {
        Assert.True(lesson.Get<GradientCheckResult>("rightCheck").Passes());
        Assert.False(lesson.Get<GradientCheckResult>("wrongCheck").Passes());
    }

    [Fact]
    public void Descent_finds_the_least_squares_line_to_several_digits()
    {
        Assert.Equal(lesson.Get<double>("exactSlope"), lesson.Get<double>("descentSlope"), 2);
        Assert.True(Math.Abs(lesson.Get<double>("descentSlope") / lesson.Get<double>("exactSlope") - 1) < 1e-4);
        Assert.True(Math.Abs(lesson.Get<double>("descentIntercept") - lesson.Get<double>("exactIntercept")) < 10); // dollars
    }

    [Fact]
    public void Exercises_start_wrong_and_give_a_hint() => ExerciseChecks.StartWrongWithAHint(lesson.Run);
}
