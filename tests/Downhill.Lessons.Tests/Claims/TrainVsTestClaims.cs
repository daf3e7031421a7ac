using Downhill.Lessons.Tests.Harness;
using Downhill.Notebooks.Parameters;

namespace Downhill.Lessons.Tests.Claims;

public sealed class TrainVsTestFixture() : LessonFixture("07-train-vs-test");

/// <summary>
/// 07-train-vs-test: training loss falls while validation turns; early stopping beats the end and the exact fit but, on 30 houses,
/// not a straight line; more data, not a brake, makes capacity pay; the model is chosen on validation and scored on test once.
/// </summary>
public sealed class TrainVsTestClaims(TrainVsTestFixture lesson) : IClassFixture<TrainVsTestFixture>
{
    private double Get(string name) => lesson.Get<double>(name);

    [Fact]
    public void The_three_sets_do_not_overlap_and_scaling_is_fitted_on_training_houses_only()
    {
        var ordinary = lesson.Get<int[]>("ordinary");
        var train = lesson.Get<int>("trainSize");
        Assert.Equal(ordinary.Length, ordinary.Distinct().Count());
        Assert.Equal(500, lesson.Get<Dataset>("validation").Count);
        Assert.Equal(ordinary.Length - train - 500, lesson.Get<Dataset>("test").Count);
        // Standardised with the training houses' numbers: the training powers have mean 0, the others need not.
        Assert.All(Enumerable.Range(0, lesson.Get<Dataset>("train").FeatureCount),
            j => Assert.Equal(0, lesson.Get<Dataset>("train").Column(j).Average(), 9));
        Assert.Equal(0, lesson.Get<Dataset>("train").Targets.Average(), 9);
    }

    [Fact]
    public void The_straight_line_beats_predicting_the_average()
    {
        Assert.True(Get("lineValidationLoss") < 0.8 * Get("meanValidationLoss"));
    }

    [Fact]
    public void Validation_loss_turns_while_training_loss_keeps_falling()
    {
        var history = lesson.Get<TrainingHistory>("history");
        var best = lesson.Get<int>("bestEpoch");
        Assert.InRange(best, 1, history.EpochCount - 1);
        Assert.True(Get("finalValidationLoss") > 1.5 * Get("bestValidationLoss"));
        Assert.True(Get("finalTrainLoss") < Get("trainLossAtBest"));
    }

    [Fact]
    public void Retraining_for_the_best_epoch_count_reproduces_the_early_stopped_model()
    {
        Assert.Equal(Get("bestValidationLoss"), Get("earlyValidationLoss"), 9);
    }

    [Fact]
    public void Early_stopping_beats_the_end_of_training_and_the_average_but_not_the_line_as_the_prose_says()
    {
        Assert.True(Get("earlyValidationLoss") < Get("finalValidationLoss"));
        Assert.True(Get("earlyValidationLoss") < Get("meanValidationLoss"));
        Assert.True(Get("earlyValidationLoss") > Get("lineValidationLoss"));
        Assert.Contains("still worse than a straight line", lesson.Run.ConsoleText);
        Assert.Contains(lesson.Run.ShownTexts, t => t.Contains("the run lost to the line", StringComparison.Ordinal));
    }

    [Fact]
    public void The_exact_fit_rises_and_falls_far_more_than_the_early_stopped_curve_as_the_prose_says()
    {
        Assert.True(Get("exactUpAndDown") > 10 * Get("earlyUpAndDown"), $"exact {Get("exactUpAndDown")}, early {Get("earlyUpAndDown")}");
    }

    [Fact]
    public void The_exact_training_minimum_fits_the_training_houses_best_and_new_houses_worst()
    {
        var exact = lesson.Get<Downhill.LeastSquaresSolution>("exact");
        Assert.True(exact.MeanSquaredError < Get("finalTrainLoss"));
        Assert.True(Get("exactValidationLoss") > Get("finalValidationLoss"));
        Assert.True(Get("exactValidationLoss") > 10 * Get("bestValidationLoss"));
    }

    [Fact]
    public void More_data_makes_degree_twelve_nearly_as_good_as_the_best_while_few_houses_make_it_explode()
    {
        var few = lesson.Get<double[]>("capacityFew");
        var many = lesson.Get<double[]>("capacityMany");
        Assert.Equal(10 * lesson.Get<int>("trainSize"), lesson.Get<int[]>("manyTrain").Length);
        Assert.Empty(lesson.Get<int[]>("manyTrain").Intersect(lesson.Get<int[]>("ordinary").Skip(lesson.Get<int>("trainSize")).Take(500)));
        Assert.True(few[^1] > 1000 * few[0], "on 30 houses degree 12 scores thousands of times the line");
        Assert.True(many[^1] < 1.1 * many.Min());
        Assert.InRange(Get("manyRatio"), 1 / 1.1, 1.1);
        Assert.Contains(lesson.Run.ShownTexts, t => t.Contains("the run is within 10 % of the line", StringComparison.Ordinal));
    }

    [Fact]
    public void Weight_decay_does_no_better_than_early_stopping_and_strong_decay_is_near_the_average_as_the_prose_says()
    {
        var decayed = lesson.Get<double[]>("decays");
        Assert.Equal(4, decayed.Length);
        var best = lesson.Run.ConsoleText.Split('\n').Single(l => l.StartsWith("Best λ on validation", StringComparison.Ordinal));
        var bestLoss = double.Parse(best.Split('(')[1].Split(')')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(bestLoss >= Get("earlyValidationLoss") - 1e-3, best);
        Assert.True(bestLoss > Get("lineValidationLoss"), best);
        Assert.InRange(bestLoss, 0.85 * Get("meanValidationLoss"), 1.05 * Get("meanValidationLoss"));
        // Weak decay ends close to no decay; strong decay (λ = 10) keeps every weight below 1/λ, the slope on area below half the line's.
        Assert.InRange(Get("weakestDecayLoss"), 0.9 * Get("finalValidationLoss"), 1.1 * Get("finalValidationLoss"));
        Assert.Equal(10, decayed[^1]);
        Assert.InRange(Get("strongestLargestWeight"), 0, 1 / decayed[^1]);
        var lineSlope = lesson.Get<LeastSquaresSolution>("line").Weights[0];
        Assert.InRange(Get("strongestAreaWeight"), 0, 0.5 * lineSlope);
    }

    [Fact]
    public void The_model_is_chosen_on_validation_and_scored_on_the_test_houses_once()
    {
        Assert.Contains("Chosen on validation: straight line", lesson.Run.ConsoleText);
        var testLoss = Get("chosenTestLoss");
        Assert.InRange(testLoss, 0.5 * Get("lineValidationLoss"), 1.5 * Get("lineValidationLoss"));
        // As the prose says: the test houses are a little kinder to the line than the validation houses (0.313 against 0.339).
        Assert.InRange(testLoss, 0.85 * Get("lineValidationLoss"), Get("lineValidationLoss"));
        Assert.Contains("it scores 0.313", lesson.Run.ConsoleText);
        Assert.Contains("(validation MSE 0.339)", lesson.Run.ConsoleText);
    }

    [Fact]
    public void Exercises_start_wrong_and_give_a_hint() => ExerciseChecks.StartWrongWithAHint(lesson.Run);

    [Fact]
    public Task Writing_the_early_stopping_rule_is_graded_by_behaviour() => ExerciseChecks.WriteItIsGradedByBehaviour("07-train-vs-test", "07.1", "EpochToKeep",
        right: """
            int EpochToKeep(double[] validationLosses, int patience)
            {
                var best = 0;
                for (int epoch = 1, bad = 0; epoch < validationLosses.Length && bad < patience; epoch++)
                    if (validationLosses[epoch] < validationLosses[best]) (best, bad) = (epoch, 0);
                    else bad++;
                return best;
            }
            """,
        wrong: "int EpochToKeep(double[] validationLosses, int patience) => Array.IndexOf(validationLosses, validationLosses.Min()); // ignores patience",
        secret: "keeps epoch 1");

    [Fact]
    public void The_validation_loss_first_rises_for_five_epochs_so_the_smallest_patience_that_reaches_its_lowest_point_is_six()
    {
        var losses = lesson.Get<double[]>("validationLosses");
        Assert.All(Enumerable.Range(1, 5), e => Assert.True(losses[e] > losses[0], $"epoch {e}: {losses[e]} vs {losses[0]}"));
        Assert.True(losses[6] < losses[0]);
        Assert.Equal(9, lesson.Get<int>("bestEpoch"));
    }

    // The "things to try" sentences, each checked with its knob turned.
    private static async Task<LessonRun> RunWith(string knob, string value)
    {
        var run = await LessonRun.StartAsync("07-train-vs-test", [new ParameterOverride(knob, value)]);
        Assert.Empty(run.Errors);
        return run;
    }

    [Fact]
    public async Task With_degree_one_there_is_hardly_anything_to_overfit()
    {
        using var run = await RunWith("degree", "1");
        Assert.True(run.Get<double>("finalValidationLoss") < 1.05 * run.Get<double>("bestValidationLoss"));
    }

    [Fact]
    public async Task With_three_hundred_houses_the_validation_curve_does_not_turn_and_degree_twelve_ends_within_a_few_per_cent_of_the_line()
    {
        using var run = await RunWith("trainSize", "300");
        Assert.Equal(run.Get<TrainingHistory>("history").EpochCount, run.Get<int>("bestEpoch"));
        Assert.InRange(run.Get<double>("earlyValidationLoss"), run.Get<double>("lineValidationLoss") * 0.95, run.Get<double>("lineValidationLoss") * 1.05);
    }

    [Fact]
    public async Task With_seed_ten_the_early_stopped_curve_edges_past_the_line()
    {
        using var run = await RunWith("seed", "10");
        Assert.True(run.Get<double>("earlyValidationLoss") < run.Get<double>("lineValidationLoss"));
        Assert.Contains("The early-stopped curve beats the straight line", run.ConsoleText);
    }

    [Fact]
    public async Task With_seed_one_the_validation_loss_turns_late_and_gently()
    {
        using var run = await RunWith("seed", "1");
        Assert.True(run.Get<int>("bestEpoch") > 200, "after hundreds of epochs");
        Assert.True(run.Get<double>("finalValidationLoss") < 1.1 * run.Get<double>("bestValidationLoss"));
        Assert.True(run.Get<double>("finalValidationLoss") > run.Get<double>("bestValidationLoss"));
    }
}
