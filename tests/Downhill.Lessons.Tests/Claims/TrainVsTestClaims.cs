using Downhill.Lessons.Tests.Harness;
namespace Downhill.Lessons.Tests.Claims;

public sealed class TrainVsTestFixture() : LessonFixture("07-train-vs-test");

/// <summary>07-train-vs-test: training loss falls while validation turns; early stopping beats both the end and the exact fit.</summary>
public sealed class TrainVsTestClaims(TrainVsTestFixture lesson) : IClassFixture<TrainVsTestFixture>
{
    [Fact]
    public void Validation_loss_turns_while_training_loss_keeps_falling()
    {
        var history = lesson.Get<TrainingHistory>("history");
        var best = lesson.Get<int>("bestEpoch");
        Assert.InRange(best, 1, history.EpochCount - 1);
        Assert.True(lesson.Get<double>("finalValidationLoss") > 1.5 * lesson.Get<double>("bestValidationLoss"));
        Assert.True(lesson.Get<double>("finalTrainLoss") < lesson.Get<double>("trainLossAtBest"));
    }

    [Fact]
    public void Retraining_for_the_best_epoch_count_reproduces_the_early_stopped_model()
    {
        Assert.Equal(lesson.Get<double>("bestValidationLoss"), lesson.Get<double>("earlyValidationLoss"), 9);
    }

    [Fact]
    public void The_exact_training_minimum_fits_the_training_houses_best_and_new_houses_worst()
    {
        var exact = lesson.Get<Downhill.LeastSquaresSolution>("exact");
        Assert.True(exact.MeanSquaredError < lesson.Get<double>("finalTrainLoss"));
        Assert.True(lesson.Get<double>("exactValidationLoss") > lesson.Get<double>("finalValidationLoss"));
        Assert.True(lesson.Get<double>("exactValidationLoss") > 10 * lesson.Get<double>("bestValidationLoss"));
    }

    [Fact]
    public void Exercises_start_wrong_and_give_a_hint() => ExerciseChecks.StartWrongWithAHint(lesson.Run);
}
