using Downhill.Lessons.Tests.Harness;

namespace Downhill.Lessons.Tests.Claims;

public sealed class UpdateRuleFixture() : LessonFixture("02-update-rule");

/// <summary>
///02-update-rule: the table is the library's loop, the flipped sign climbs, gradient checks, descent meets least squares.
/// Reads: largestTableDifference, libraryRun, climbRun, rightCheck, wrongCheck, exactSlope, descentSlope,
/// descentIntercept, exactIntercept, factor, whatHappened, rows, jCheck, oneStepDifference, himmelblau, curve, start.
/// </summary>
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
    public void At_alpha_one_tenth_the_table_approaches_3_from_one_side_as_the_factor_1_minus_2_alpha_says()
    {
        Assert.Equal(0.8, lesson.Get<double>("factor"), 12);
        Assert.Equal("approaches 3 from one side", lesson.Get<string>("whatHappened"));
        var rows = lesson.Get<List<(int Step, double W, double Q, double Gradient, double Move)>>("rows");
        Assert.All(rows, r => Assert.True(r.W > 3));
    }

    [Fact]
    public void The_coded_partial_derivatives_of_J_pass_the_gradient_check_and_one_epoch_of_Trainer_Fit_is_one_step_with_twice_alpha()
    {
        Assert.True(lesson.Get<GradientCheckResult>("jCheck").Passes());
        Assert.True(lesson.Get<double>("oneStepDifference") < 1e-12);
    }

    [Fact]
    public void Exercises_start_wrong_and_give_a_hint() => ExerciseChecks.StartWrongWithAHint(lesson.Run);

    [Fact]
    public Task Writing_the_loop_is_graded_by_behaviour_and_a_one_at_a_time_update_fails() =>
        ExerciseChecks.WriteItIsGradedByBehaviour("02-update-rule", "02.4", "GradientDescentOnJ",
            right: """
                (double Theta0, double Theta1) GradientDescentOnJ(double[] x, double[] y, double alpha, int iterations)
                {
                    double theta0 = 0, theta1 = 0;
                    var m = x.Length;
                    for (var k = 0; k < iterations; k++)
                    {
                        double d0 = 0, d1 = 0;
                        for (var i = 0; i < m; i++)
                        {
                            var error = theta0 + theta1 * x[i] - y[i];
                            d0 += error;
                            d1 += error * x[i];
                        }
                        (theta0, theta1) = (theta0 - alpha * d0 / m, theta1 - alpha * d1 / m);
                    }
                    return (theta0, theta1);
                }
                """,
            // θ₀ changes before θ₁'s derivative is computed: it still converges, but one iteration is not one step.
            wrong: """
                (double Theta0, double Theta1) GradientDescentOnJ(double[] x, double[] y, double alpha, int iterations)
                {
                    double theta0 = 0, theta1 = 0;
                    var m = x.Length;
                    for (var k = 0; k < iterations; k++)
                    {
                        theta0 -= alpha * Enumerable.Range(0, m).Sum(i => theta0 + theta1 * x[i] - y[i]) / m;
                        theta1 -= alpha * Enumerable.Range(0, m).Sum(i => (theta0 + theta1 * x[i] - y[i]) * x[i]) / m;
                    }
                    return (theta0, theta1);
                }
                """,
            secret: "d0 += error");

    [Fact]
    public void The_arrows_drawn_downhill_point_into_the_four_valleys_as_the_prose_says()
    {
        var himmelblau = lesson.Get<Landscape>("himmelblau");
        Assert.Equal(4, himmelblau.KnownMinima.Count);
        foreach (var bottom in himmelblau.KnownMinima)
            for (var a = 0; a < 8; a++)
            {
                // A point a little way out from the bottom: the drawn arrow, −∇Q, points back towards it.
                double[] p = [bottom[0] + 0.3 * Math.Cos(a * Math.PI / 4), bottom[1] + 0.3 * Math.Sin(a * Math.PI / 4)];
                var g = himmelblau.Gradient(p);
                Assert.True(-g[0] * (bottom[0] - p[0]) - g[1] * (bottom[1] - p[1]) > 0, $"−∇Q at ({p[0]}, {p[1]}) does not point into the valley at ({bottom[0]}, {bottom[1]})");
            }
        var prose = lesson.Run.Markdown("## The gradient as arrows");
        Assert.Contains("they all point\n*into* the four valleys", prose);
        Assert.DoesNotContain("point away from the four valleys", prose);
    }

    [Fact]
    public void The_guides_live_demo_lands_on_the_bottom_with_one_over_L_and_bounces_with_two_over_L()
    {
        var curve = lesson.Get<Landscape>("curve");
        double start = 6.0; // the lesson's own start, as the live demo runs it
        Assert.Equal(start, lesson.Get<double>("start"));
        var half = Descent.Run(curve, new GradientDescent(0.5), [start], 8);
        Assert.Equal(RunOutcome.Converged, half.Outcome);
        Assert.Equal(1, half.Steps);
        Assert.Equal(3, half.Final[0]);
        var one = Descent.Run(curve, new GradientDescent(1), [start], 8);
        Assert.Equal(RunOutcome.StepLimitReached, one.Outcome);
        Assert.All(one.Positions.Select((p, k) => (p[0], k)), pk => Assert.Equal(pk.k % 2 == 0 ? 6 : 0, pk.Item1));
        var guide = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "instructor-guide.md"));
        Assert.Contains("`alpha = 0.5` (lands exactly on\nthe bottom in one step — 1/L for L = 2; `alpha = 1`, which is 2/L, bounces between 6 and 0 for ever)", guide.ReplaceLineEndings("\n"));
    }
}
