using Downhill.Lessons.Tests.Harness;

namespace Downhill.Lessons.Tests.Claims;

public sealed class LossFunctionsFixture() : LessonFixture("01-loss-functions");

/// <summary>
/// 01-loss-functions: squaring punishes big misses; Huber's halves make its two pieces meet; one outlier drags MSE's bottom furthest
/// (by the amounts the prose states, as printed); cross-entropy facts; the exercises are graded by behaviour.
/// Reads: logCoshNearZeroRatio, logCoshFarGap, squaredRatio, absoluteRatio, outlierShareOfSquared, outlierShareOfAbsolute, bestShift, joinValueGap,
/// joinSlopeGap, withoutHalfValueRatio, withoutHalfSlopeRatio, huberDelta, stretchGap, area, price, worst,
/// bestShiftShown, bestWith, bestWithout, leastMovedLoss, crossEntropyCurve, confidentWrongCost, confidentRightCost,
/// knowNothingLoss, trainedLoss, walk, steeperOnly, alongValley.
/// </summary>
public sealed class LossFunctionsClaims(LossFunctionsFixture lesson) : IClassFixture<LossFunctionsFixture>
{
    [Fact]
    public void A_chart_of_your_own_with_Plotly_NETs_CSharp_API_draws_and_log_cosh_is_between_squared_and_absolute_error()
    {
        Assert.InRange(lesson.Get<double>("logCoshNearZeroRatio"), 0.99, 1.01);   // "close to ½e² near zero"
        Assert.InRange(lesson.Get<double>("logCoshFarGap"), 0, 0.001);             // "and to |e| − log 2 far out"
        Assert.Contains(lesson.Run.ShownTexts, t => t.StartsWith("Plot — log cosh(e)", StringComparison.Ordinal));
    }

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
    public void Hubers_halves_make_its_two_pieces_meet_with_the_same_value_and_slope_and_without_them_both_would_double()
    {
        Assert.InRange(lesson.Get<double>("joinValueGap"), 0, 1e-9);
        Assert.InRange(lesson.Get<double>("joinSlopeGap"), 0, 1e-9);
        Assert.Equal(2, lesson.Get<double>("withoutHalfValueRatio"), 9);
        Assert.Equal(2, lesson.Get<double>("withoutHalfSlopeRatio"), 9);
        Assert.Contains("at 2× its value with 2× its slope", lesson.Run.ConsoleText);
    }

    [Fact]
    public void Huber_at_fifty_thousand_dollars_is_the_unit_curve_stretched()
    {
        Assert.Equal(50_000, lesson.Get<double>("huberDelta"));
        Assert.InRange(lesson.Get<double>("stretchGap"), 0, 1e-12);
    }

    [Fact]
    public void The_outlier_is_the_largest_house_sold_for_160000_at_about_28_dollars_a_square_foot()
    {
        var area = lesson.Get<double[]>("area");
        var price = lesson.Get<double[]>("price");
        var worst = lesson.Get<int>("worst");
        Assert.Equal(5642, area[worst]);
        Assert.Equal(160_000, price[worst]);
        Assert.Equal(28, Math.Round(price[worst] / area[worst]));
    }

    [Fact]
    public void The_outlier_moves_each_best_w_by_the_amount_the_prose_states_and_the_notebook_prints()
    {
        // The bottoms are found to ±0.0001 $/sq ft, so each shift is known to ±0.0002; rounding it to 0.1 is safe when it lies
        // further than that from a rounding boundary (38.536, 6.007 and 7.546 do).
        var shift = lesson.Get<double[]>("bestShift");
        var shown = lesson.Get<double[]>("bestShiftShown");
        Assert.Equal([38.5, 6.0, 7.5], shown);
        Assert.All(Enumerable.Range(0, 3), i => Assert.True(Math.Abs(Math.Abs(shift[i] - shown[i]) - 0.05) > 0.001, $"shift {shift[i]} is too close to a rounding boundary"));
        Assert.Contains("(moved 38.5)", lesson.Run.ConsoleText);
        Assert.Contains("(moved 6.0)", lesson.Run.ConsoleText);
        Assert.Contains("(moved 7.5)", lesson.Run.ConsoleText);
        Assert.All(lesson.Get<double[]>("bestWith").Zip(lesson.Get<double[]>("bestWithout")), p => Assert.True(p.First < p.Second, "the outlier drags every best w down"));
    }

    [Fact]
    public void The_prediction_is_revealed_from_the_run_absolute_error_moved_least()
    {
        Assert.Equal("absolute error's", lesson.Get<string>("leastMovedLoss"));
        Assert.Contains(lesson.Run.ShownTexts, t => t.Contains("the run moved absolute error's best w least", StringComparison.Ordinal)
                                                    && t.Contains("You recorded no prediction", StringComparison.Ordinal));
    }

    [Fact]
    public void Cross_entropy_against_p_is_free_at_one_and_climbs_past_four_near_zero()
    {
        var curve = lesson.Get<double[]>("crossEntropyCurve");
        Assert.Equal(0, curve[^1], 12);
        Assert.Equal(Math.Log(2), curve[49], 12); // p = 0.5
        Assert.True(curve[0] > 4.6);
        Assert.All(curve.Zip(curve.Skip(1)), p => Assert.True(p.First > p.Second));
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
    public void Along_the_valley_a_steeper_line_with_a_lower_intercept_fits_nearly_as_well()
    {
        var steeper = lesson.Get<double>("steeperOnly");
        var along = lesson.Get<double>("alongValley");
        Assert.True(along > 0 && along < steeper / 5, $"steeper only {steeper}, along the valley {along}");
    }

    [Fact]
    public void Exercises_start_wrong_and_give_a_hint() => ExerciseChecks.StartWrongWithAHint(lesson.Run);

    [Fact]
    public Task Writing_Hubers_slope_is_graded_by_behaviour() => ExerciseChecks.WriteItIsGradedByBehaviour("01-loss-functions", "01.2", "HuberSlope",
        right: "double HuberSlope(double error, double delta) => Math.Clamp(error, -delta, delta);",
        wrong: "double HuberSlope(double error, double delta) => error; // forgot that the line's slope stops growing",
        secret: "Clamp");
}
