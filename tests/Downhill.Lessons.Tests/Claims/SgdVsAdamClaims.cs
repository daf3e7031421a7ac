using Downhill.Lessons.Tests.Harness;
namespace Downhill.Lessons.Tests.Claims;

public sealed class SgdVsAdamFixture() : LessonFixture("05-sgd-vs-adam");

/// <summary>05-sgd-vs-adam: batch sizes, zig-zag, four optimizers on three surfaces, the α sweep, penguins.</summary>
public sealed class SgdVsAdamClaims(SgdVsAdamFixture lesson) : IClassFixture<SgdVsAdamFixture>
{
    [Fact]
    public void Mini_batches_beat_the_full_batch_per_epoch_and_one_house_per_step_jitters_higher()
    {
        var race = lesson.Get<TrainingHistory[]>("race");
        Assert.Equal([1, 12, 46, 92, 2930], race.Select(h => h.StepsPerEpoch));
        var full = lesson.Get<IReadOnlyList<TrainingHistory>>("race")[0];
        var mini = lesson.Get<TrainingHistory>("miniBatch32Run");
        var stochastic = lesson.Get<IReadOnlyList<TrainingHistory>>("race")[4];
        Assert.True(mini.FinalTrainLoss < full.FinalTrainLoss);
        Assert.True(stochastic.FinalTrainLoss > mini.FinalTrainLoss);
    }

    [Fact]
    public void Adam_reaches_a_lower_loss_than_plain_SGD_on_Rosenbrock_in_the_stated_steps_and_momentum_lower_still()
    {
        var sgd = lesson.Get<IReadOnlyList<Trajectory>>("rosenbrockRuns")[0];
        var adam = lesson.Get<Trajectory>("adamOnRosenbrock");
        var momentum = lesson.Get<IReadOnlyList<Trajectory>>("rosenbrockRuns")[1];
        Assert.Equal(500, sgd.Steps);
        Assert.Equal(500, adam.Steps);
        Assert.True(adam.FinalLoss < sgd.FinalLoss / 10, $"Adam {adam.FinalLoss} vs SGD {sgd.FinalLoss}");
        Assert.True(momentum.FinalLoss < adam.FinalLoss);
    }

    [Fact]
    public void Plain_SGD_zig_zags_across_the_ill_conditioned_bowl()
    {
        Assert.True(lesson.Get<int>("sgdSignFlipsInY") >= 8);
    }

    [Fact]
    public void Plain_SGD_is_still_near_the_saddle_while_the_other_three_have_left()
    {
        var runs = lesson.Get<IReadOnlyList<Trajectory>>("saddleRuns");
        Assert.InRange(Math.Abs(runs[0].Final[1]), 0, 0.1);
        Assert.All(runs.Skip(1), run => Assert.True(Math.Abs(run.Final[1]) > 1, run.ToString()));
    }

    [Fact]
    public void Adam_has_the_wider_range_of_good_learning_rates_on_both_surfaces()
    {
        Assert.True(lesson.Get<int>("adamGoodCount") > lesson.Get<int>("sgdGoodCount"));
        Assert.True(lesson.Get<int>("adamBowlGoodCount") > lesson.Get<int>("sgdBowlGoodCount"));
    }

    [Fact]
    public void With_the_same_alpha_Adam_trains_the_penguin_classifier_further_than_SGD()
    {
        Assert.True(lesson.Get<TrainingHistory>("adamTraining").FinalTrainLoss < lesson.Get<TrainingHistory>("sgdTraining").FinalTrainLoss);
        Assert.True(lesson.Get<double>("adamAccuracy") >= lesson.Get<double>("sgdAccuracy"));
        Assert.True(lesson.Get<double>("adamAccuracy") > 0.9);
    }

    [Fact]
    public void Exercises_start_wrong_and_give_a_hint() => ExerciseChecks.StartWrongWithAHint(lesson.Run);
}
