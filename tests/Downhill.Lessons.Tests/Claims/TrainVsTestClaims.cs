using Downhill.Lessons.Tests.Harness;
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
        Assert.True(few[^1] > 100 * few.Min());
        Assert.True(many[^1] < 1.1 * many.Min());
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
    }

    [Fact]
    public void The_model_is_chosen_on_validation_and_scored_on_the_test_houses_once()
    {
        Assert.Contains("Chosen on validation: straight line", lesson.Run.ConsoleText);
        var testLoss = Get("chosenTestLoss");
        Assert.InRange(testLoss, 0.5 * Get("lineValidationLoss"), 1.5 * Get("lineValidationLoss"));
    }

    [Fact]
    public void Exercises_start_wrong_and_give_a_hint() => ExerciseChecks.StartWrongWithAHint(lesson.Run);
}
