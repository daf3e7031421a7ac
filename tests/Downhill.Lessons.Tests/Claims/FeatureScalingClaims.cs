using Downhill.Lessons.Tests.Harness;
namespace Downhill.Lessons.Tests.Claims;

public sealed class FeatureScalingFixture() : LessonFixture("06-feature-scaling");

/// <summary>06-feature-scaling: the unscaled run fails and the scaled one converges; the condition number says why.</summary>
public sealed class FeatureScalingClaims(FeatureScalingFixture lesson) : IClassFixture<FeatureScalingFixture>
{
    [Fact]
    public void Standardising_turns_a_needle_into_a_nearly_round_bowl()
    {
        Assert.True(lesson.Get<double>("unscaledCondition") > 1e5);
        Assert.InRange(lesson.Get<double>("scaledCondition"), 1, 5);
    }

    [Fact]
    public void Unscaled_descent_blows_up_or_crawls_and_standardised_descent_converges_with_the_same_alpha()
    {
        Assert.Equal(RunOutcome.Diverged, lesson.Get<Trajectory>("unscaledRun").Outcome);
        Assert.Equal(RunOutcome.StepLimitReached, lesson.Get<Trajectory>("crawlRun").Outcome);
        Assert.InRange(lesson.Get<double>("crawlProgress"), -0.01, 0.01);
        Assert.Equal(RunOutcome.Converged, lesson.Get<Trajectory>("scaledRun").Outcome);
    }

    [Fact]
    public void On_the_full_model_the_unscaled_run_diverges_and_the_standardised_one_reaches_least_squares()
    {
        Assert.Equal(RunOutcome.Diverged, lesson.Get<TrainingHistory>("unscaledTraining").Outcome);
        var scaled = lesson.Get<TrainingHistory>("scaledTraining");
        Assert.Equal(RunOutcome.Converged, scaled.Outcome);
        var exact = lesson.Get<Downhill.LeastSquaresSolution>("exact");
        Assert.True(Math.Abs(scaled.FinalTrainLoss / exact.MeanSquaredError - 1) < 1e-6);
        Assert.True(lesson.Get<double>("fullUnscaledCondition") > 1e9);
        Assert.True(lesson.Get<double>("fullScaledCondition") < 100);
    }

    [Fact]
    public void Exercises_start_wrong_and_give_a_hint() => ExerciseChecks.StartWrongWithAHint(lesson.Run);
}
