using System.Globalization;
using System.Text.RegularExpressions;
using Downhill.Lessons.Tests.Harness;
namespace Downhill.Lessons.Tests.Claims;

public sealed class SgdVsAdamFixture() : LessonFixture("05-sgd-vs-adam");

/// <summary>
///05-sgd-vs-adam: the tuned batch-size race, the written-out loop, four optimizers on three surfaces, tuned momentum, the α sweep, penguins.
/// Reads: tunedRootSteep, tunedRootFlat, tunedYFlips, tunedXFlips, race, gradientEvaluations, raceGaps, closest,
/// bestRates, sameRateGaps, zigMatchesTrainer, zigPath, rosenbrockRuns, adamOnRosenbrock, gdSignFlipsInY, gdRate,
/// heavyRate, tunedRate, tunedAlpha, tunedBeta, tunedSpeedup, bowlRuns, phaseDiagram, saddleRuns, adamGoodCount,
/// gdGoodCount, adamBowlGoodCount, gdBowlGoodCount, alpha, plainName, adamTraining, sgdTraining, adamAccuracy,
/// sgdAccuracy, gdLimit, bestGdAlpha, tunedMomentumLimit, tunedAgainstTunedGdTheory, tunedAgainstTunedGd, tunedGdRate,
/// bestRatePerHouse, linearScalingGap, tunedSgd, tunedAdam, penguinRates.
/// </summary>
public sealed class SgdVsAdamClaims(SgdVsAdamFixture lesson) : IClassFixture<SgdVsAdamFixture>
{
    [Fact]
    public void Tuned_momentum_zig_zags_across_the_steep_direction_because_its_root_there_is_negative()
    {
        var steep = lesson.Get<double>("tunedRootSteep");
        var flat = lesson.Get<double>("tunedRootFlat");
        Assert.InRange(steep, -0.64, -0.63);                         // "negative … 0.634 times the last"
        Assert.InRange(flat, 0.63, 0.64);                            // "positive, so x closes in from one side"
        Assert.True(lesson.Get<int>("tunedYFlips") >= 25, $"y flips {lesson.Get<int>("tunedYFlips")}"); // "step after step"
        Assert.Equal(0, lesson.Get<int>("tunedXFlips"));
    }

    [Fact]
    public void The_race_tunes_alpha_per_batch_size_at_equal_cost_and_full_batch_ends_farthest()
    {
        var race = lesson.Get<TrainingHistory[]>("race");
        Assert.Equal([1, 12, 46, 92, 2930], race.Select(h => h.StepsPerEpoch));
        Assert.All(lesson.Get<long[]>("gradientEvaluations"), n => Assert.Equal(10L * 2930, n)); // "every epoch costs 2,930"
        var gaps = lesson.Get<double[]>("raceGaps");
        Assert.All(gaps.Skip(1), g => Assert.True(gaps[0] > 5 * g, $"full batch {gaps[0]} vs {g}")); // "five to ten times farther"
        Assert.Equal(1, lesson.Get<int>("closest"));                                                  // batches of 256, this seed
        var others = gaps.Skip(2).ToArray();
        Assert.True(others.Max() < 2 * others.Min(), string.Join(", ", others));                      // "within a factor of two"
        var rates = lesson.Get<double[]>("bestRates");
        for (var b = 1; b < rates.Length; b++) Assert.True(rates[b] <= rates[b - 1]);                // "the best α falls as the batch shrinks"
        Assert.True(rates[^1] < rates[0] / 100);
    }

    [Fact]
    public void One_alpha_for_every_batch_size_is_an_unfair_race()
    {
        var same = lesson.Get<double[]>("sameRateGaps");
        var tuned = lesson.Get<double[]>("raceGaps");
        Assert.True(same[4] > 20 * tuned[4], $"one house: {same[4]} vs {tuned[4]}");  // "dozens of times farther"
        Assert.True(same[0] > 10 * tuned[0], $"full batch: {same[0]} vs {tuned[0]}"); // "more than ten times farther"
    }

    [Fact]
    public void The_written_out_mini_batch_loop_is_bit_for_bit_what_Trainer_Fit_does()
    {
        Assert.True(lesson.Get<bool>("zigMatchesTrainer"));
        Assert.Equal(93, lesson.Get<List<double[]>>("zigPath").Count); // one epoch of batches of 32: 92 steps
    }

    [Fact]
    public void GD_reaches_a_higher_loss_than_Adam_on_Rosenbrock_in_the_stated_steps_and_momentum_lower_still()
    {
        var gd = lesson.Get<IReadOnlyList<Trajectory>>("rosenbrockRuns")[0];
        var adam = lesson.Get<Trajectory>("adamOnRosenbrock");
        var momentum = lesson.Get<IReadOnlyList<Trajectory>>("rosenbrockRuns")[1];
        Assert.Equal(500, gd.Steps);
        Assert.Equal(500, adam.Steps);
        Assert.True(adam.FinalLoss < gd.FinalLoss / 10, $"Adam {adam.FinalLoss} vs GD {gd.FinalLoss}");
        Assert.True(momentum.FinalLoss < adam.FinalLoss);
    }

    [Fact]
    public void GD_zig_zags_across_the_ill_conditioned_bowl()
    {
        Assert.True(lesson.Get<int>("gdSignFlipsInY") >= 8);
    }

    [Fact]
    public void On_the_bowl_momentum_with_beta_point_nine_is_slower_than_GD_and_tuned_momentum_is_about_root_kappa_faster()
    {
        var gd = lesson.Get<double>("gdRate");
        var heavy = lesson.Get<double>("heavyRate");
        var tuned = lesson.Get<double>("tunedRate");
        Assert.Equal(0.920, gd, 3);                              // 1 − αμ = 0.92
        Assert.InRange(heavy, Math.Sqrt(0.9), Math.Sqrt(0.9) + 0.005); // √β ≈ 0.949, measured 0.952
        Assert.True(heavy > gd);
        var theory = (Math.Sqrt(20) - 1) / (Math.Sqrt(20) + 1);
        Assert.InRange(tuned, theory, theory + 0.02);            // "a little above theory's 0.634"
        Assert.Equal(0.668, lesson.Get<double>("tunedAlpha"), 3);
        Assert.Equal(0.403, lesson.Get<double>("tunedBeta"), 3);
        Assert.InRange(lesson.Get<double>("tunedSpeedup"), 4.5, 6); // "about five times fewer steps", √κ ≈ 4.5
        var runs = lesson.Get<List<Trajectory>>("bowlRuns");
        Assert.True(runs[1].FinalLoss > runs[0].FinalLoss);       // GD ends ahead of momentum β = 0.9
        Assert.True(runs[4].FinalLoss > runs[0].FinalLoss && runs[4].FinalLoss > runs[2].FinalLoss); // Adam behind GD and tuned
        Assert.True(runs[2].FinalLoss < 1e-20);
    }

    [Fact]
    public void The_phase_diagram_puts_the_fewest_steps_next_to_theorys_optimum()
    {
        var described = lesson.Get<Plot>("phaseDiagram").ToString();
        var star = Regex.Match(described, @"fewest steps: α = (?<a>[\d.]+), β = (?<b>[\d.]+)");
        Assert.True(star.Success, described);
        var a = double.Parse(star.Groups["a"].Value, CultureInfo.InvariantCulture);
        var b = double.Parse(star.Groups["b"].Value, CultureInfo.InvariantCulture);
        Assert.InRange(Math.Abs(a - lesson.Get<double>("tunedAlpha")), 0, 4.0 / 4 / 40); // "neighbouring cells": one cell of α (4/L over 40)
        Assert.InRange(Math.Abs(b - lesson.Get<double>("tunedBeta")), 0, 0.99 / 40);         // one cell of β
    }

    [Fact]
    public void GD_is_still_near_the_saddle_while_the_other_three_have_left()
    {
        var runs = lesson.Get<IReadOnlyList<Trajectory>>("saddleRuns");
        Assert.InRange(Math.Abs(runs[0].Final[1]), 0, 0.1);
        Assert.All(runs.Skip(1), run => Assert.True(Math.Abs(run.Final[1]) > 1, run.ToString()));
    }

    [Fact]
    public void Adam_has_the_wider_range_of_good_learning_rates_on_both_surfaces()
    {
        Assert.True(lesson.Get<int>("adamGoodCount") > lesson.Get<int>("gdGoodCount"));
        Assert.True(lesson.Get<int>("adamBowlGoodCount") > lesson.Get<int>("gdBowlGoodCount"));
    }

    [Fact]
    public void With_the_same_alpha_Adam_trains_the_penguin_classifier_further_than_SGD()
    {
        Assert.Equal(0.01, lesson.Get<double>("alpha"));
        Assert.Equal("SGD (batch 32)", lesson.Get<string>("plainName"));
        Assert.True(lesson.Get<TrainingHistory>("adamTraining").FinalTrainLoss < lesson.Get<TrainingHistory>("sgdTraining").FinalTrainLoss);
        Assert.True(lesson.Get<double>("adamAccuracy") >= lesson.Get<double>("sgdAccuracy"));
        Assert.True(lesson.Get<double>("adamAccuracy") > 0.9);
    }

    private string Prose => string.Concat(lesson.Run.Result.Notebook.Cells
        .Where(c => c.Kind == Downhill.Notebooks.Documents.CellKind.Markdown).Select(c => c.Source + "\n"));

    [Fact]
    public void GDs_rate_on_the_bowl_is_below_both_two_over_L_and_the_best_constant_rate_and_tuned_momentum_is_stable_beyond_two_over_L()
    {
        Assert.Equal(0.5, lesson.Get<double>("gdLimit"), 9);
        Assert.Equal(2 / 4.2, lesson.Get<double>("bestGdAlpha"), 9);               // 2/(L + μ) ≈ 0.476 > GD's 0.4
        Assert.Equal(0.701, lesson.Get<double>("tunedMomentumLimit"), 3);          // 2(1 + β*)/L
        Assert.InRange(lesson.Get<double>("tunedAlpha"), lesson.Get<double>("gdLimit"), lesson.Get<double>("tunedMomentumLimit"));
        Assert.True(lesson.Get<List<Trajectory>>("bowlRuns")[2].FinalLoss < 1e-30); // and it does converge there
        Assert.DoesNotContain("largest α that is stable", Prose);
        Assert.Contains("α < 2(1 + β)/L", Prose);
    }

    [Fact]
    public void Against_GD_at_its_own_best_rate_tuned_momentum_is_about_four_and_a_half_times_faster_as_theory_says()
    {
        Assert.Equal(4.55, lesson.Get<double>("tunedAgainstTunedGdTheory"), 2);
        Assert.InRange(lesson.Get<double>("tunedAgainstTunedGd"), 4.0, 4.8);       // measured 4.3 (k·rᵏ at the double root)
        Assert.Equal((20 - 1) / 21.0, lesson.Get<double>("tunedGdRate"), 3);
        Assert.True(lesson.Get<double>("tunedSpeedup") > lesson.Get<double>("tunedAgainstTunedGd")); // the 5.2× flattered momentum
    }

    [Fact]
    public void The_best_alpha_falls_with_the_batch_mostly_by_linear_scaling_alpha_over_B()
    {
        var perHouse = lesson.Get<double[]>("bestRatePerHouse");
        var rates = lesson.Get<double[]>("bestRates");
        Assert.True(perHouse.Max() / perHouse.Min() < 4, string.Join(", ", perHouse));   // "within a factor of four"
        Assert.True(rates.Max() / rates.Min() > 300);                                     // "α spans three decades"
        var (batch32, oneHouse) = lesson.Get<(double Batch32, double OneHouse)>("linearScalingGap");
        Assert.InRange(oneHouse / batch32, 0.9, 1.1);
        Assert.Contains("linear scaling rule", Prose);
        Assert.Contains("matrix product", Prose);   // why mini-batches are the default: a batch costs far less than B examples
        Assert.DoesNotContain("fraction of a millisecond", Prose);
    }

    [Fact]
    public void Adams_update_is_written_out_with_its_bias_correction_and_kappa_is_defined_where_first_used()
    {
        var prose = Prose;
        Assert.Contains("m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ), w ← w − α·m̂/(√v̂ + ε)", prose);
        var firstKappa = prose.IndexOf('κ');
        Assert.InRange(prose.IndexOf("condition\nnumber** κ = L/μ", StringComparison.Ordinal), firstKappa - 40, firstKappa);
    }

    [Fact]
    public void A_tuned_penguin_race_has_no_finish_line_both_do_best_at_the_top_of_the_grid()
    {
        var (sgdRate, _, sgdValidation) = lesson.Get<(double Rate, double TrainLoss, double ValidationLoss)>("tunedSgd");
        var (adamRate, _, adamValidation) = lesson.Get<(double Rate, double TrainLoss, double ValidationLoss)>("tunedAdam");
        var top = lesson.Get<double[]>("penguinRates").Max();
        Assert.Equal(top, sgdRate);
        Assert.Equal(top, adamRate);
        Assert.InRange(sgdValidation, 0, 0.05);
        Assert.InRange(adamValidation, 0, 0.05);
    }

    [Fact]
    public void Exercises_start_wrong_and_give_a_hint() => ExerciseChecks.StartWrongWithAHint(lesson.Run);

    [Fact]
    public Task Writing_a_momentum_step_is_graded_bit_for_bit() => ExerciseChecks.WriteItIsGradedByBehaviour(
        "05-sgd-vs-adam", "05.2", "MomentumStep",
        right: """
            void MomentumStep(double[] w, double[] v, double[] g, double alpha, double beta)
            {
                for (var i = 0; i < w.Length; i++)
                {
                    v[i] = beta * v[i] + g[i];
                    w[i] -= alpha * v[i];
                }
            }
            """,
        // Plain gradient descent: it ignores the velocity.
        wrong: """
            void MomentumStep(double[] w, double[] v, double[] g, double alpha, double beta)
            {
                for (var i = 0; i < w.Length; i++) w[i] -= alpha * g[i];
            }
            """,
        secret: "beta * v[i]");
}
