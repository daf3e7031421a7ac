using Downhill.Lessons.Tests.Harness;

namespace Downhill.Lessons.Tests.Claims;

public sealed class LossFunctionsFixture() : LessonFixture("01-loss-functions");

/// <summary>01-loss-functions: squaring punishes big misses, one outlier drags MSE's bottom furthest, cross-entropy facts.</summary>
public sealed class LossFunctionsClaims(LossFunctionsFixture lesson) : IClassFixture<LossFunctionsFixture>
{
    [Fact]
    public void A_miss_twenty_times_bigger_costs_four_hundred_times_more_squared_and_twenty_times_more_absolute()
    {
        Assert.Equal(400, lesson.Get<double>("squaredRatio"), 9);
        Assert.Equal(20, lesson.Get<double>("absoluteRatio"), 9);
    }

    [Fact]
    public void One_outlier_house_weighs_far_more_in_squared_error_than_in_absolute_error()
    {
        var squared = lesson.Get<double>("outlierShareOfSquared");
        var absolute = lesson.Get<double>("outlierShareOfAbsolute");
        Assert.True(squared > 5 * absolute, $"share of squared error {squared:P2} vs absolute {absolute:P2}");
        Assert.True(squared > 50.0 / 2930, $"one house of 2,930 should make far more than its share; it makes {squared:P2}");
    }

    [Fact]
    public void The_outlier_moves_the_best_w_most_under_squared_error_least_under_absolute_error_Huber_between()
    {
        var mse = lesson.Get<double[]>("bestShift")[0];
        var mae = lesson.Get<double[]>("bestShift")[1];
        var huber = lesson.Get<double[]>("bestShift")[2];
        Assert.True(mae < huber && huber < mse, $"shifts: MAE {mae}, Huber {huber}, MSE {mse}");
    }

    [Fact]
    public void Confident_and_wrong_costs_over_a_hundred_times_confident_and_right()
    {
        Assert.True(lesson.Get<double>("confidentWrongCost") > 100 * lesson.Get<double>("confidentRightCost"));
    }

    [Fact]
    public void A_know_nothing_classifier_pays_log_three_and_training_lowers_it()
    {
        var knowNothing = lesson.Get<double>("knowNothingLoss");
        Assert.Equal(Math.Log(3), knowNothing, 12);
        Assert.True(lesson.Get<double>("trainedLoss") < knowNothing / 2);
    }

    [Fact]
    public void The_walk_on_the_two_parameter_landscape_goes_downhill_to_the_least_squares_line()
    {
        var walk = lesson.Get<Trajectory>("walk");
        Assert.NotEqual(RunOutcome.Diverged, walk.Outcome);
        Assert.True(walk.FinalLoss < walk.Losses[0]);
        Assert.Equal(111.694, walk.Final[0], 1); // least squares on Ames: $111.694k per 1,000 sq ft
        Assert.Equal(13.29, walk.Final[1], 0);
    }

    [Fact]
    public void Exercises_start_wrong_and_give_a_hint() => ExerciseChecks.StartWrongWithAHint(lesson.Run);
}
