using Downhill.Lessons.Tests.Harness;

namespace Downhill.Lessons.Tests.Claims;

public sealed class LocalMinimaFixture() : LessonFixture("04-local-minima");

/// <summary>04-local-minima: nearest valley, basins, restarts, momentum over a dip, saddles, a network's twin minima.</summary>
public sealed class LocalMinimaClaims(LocalMinimaFixture lesson) : IClassFixture<LocalMinimaFixture>
{
    [Fact]
    public void Dropped_at_five_the_ball_converges_in_a_valley_that_is_not_the_deepest()
    {
        var run = lesson.Get<Trajectory>("fromFive");
        Assert.Equal(RunOutcome.Converged, run.Outcome);
        Assert.InRange(run.Final[0], 5.5, 6.5); // the valley near 5.96: x = 5 lies beyond the hilltop near 4.5
        Assert.True(run.FinalLoss > -0.5, $"the deepest valley has Q = −1; this one has {run.FinalLoss}");
    }

    [Fact]
    public void The_basin_map_reaches_several_valleys_and_most_starts_miss_the_deepest()
    {
        Assert.Equal(5, lesson.Get<int>("valleysReached"));
        Assert.InRange(lesson.Get<double>("globalShare"), 0.05, 0.5);
    }

    [Fact]
    public void Seeded_restarts_find_the_deepest_valley()
    {
        var best = lesson.Get<Trajectory>("bestRestart");
        Assert.Equal(-1, best.FinalLoss, 6);
        Assert.Equal(0, best.Final[0], 3);
    }

    [Fact]
    public void Plain_descent_stays_in_the_shallow_valley_and_momentum_rolls_into_the_deep_one()
    {
        Assert.Equal(1.131, lesson.Get<Trajectory>("stuckRun").Final[0], 2);
        Assert.Equal(-1.301, lesson.Get<Trajectory>("rollingRun").Final[0], 2);
    }

    [Fact]
    public void Plain_descent_stalls_at_the_saddle_while_momentum_and_Adam_escape()
    {
        Assert.InRange(Math.Abs(lesson.Get<IReadOnlyList<Trajectory>>("saddleRuns")[0].Final[1]), 0, 0.01);
        Assert.True(Math.Abs(lesson.Get<IReadOnlyList<Trajectory>>("saddleRuns")[1].Final[1]) > 1);
        Assert.True(Math.Abs(lesson.Get<IReadOnlyList<Trajectory>>("saddleRuns")[2].Final[1]) > 1);
    }

    [Fact]
    public void On_the_monkey_saddle_plain_descent_barely_moves_and_Adam_gets_away()
    {
        static double Moved(Trajectory run) => Math.Sqrt(Math.Pow(run.Final[0] - run.Positions[0][0], 2) + Math.Pow(run.Final[1] - run.Positions[0][1], 2));
        Assert.True(Moved(lesson.Get<IReadOnlyList<Trajectory>>("monkeyRuns")[0]) < 1);
        Assert.True(Moved(lesson.Get<IReadOnlyList<Trajectory>>("monkeyRuns")[2]) > 1);
    }

    [Fact]
    public void The_tiny_network_has_two_perfect_twin_minima_reached_from_mirrored_starts()
    {
        var a = lesson.Get<Trajectory>("networkRunA");
        var b = lesson.Get<Trajectory>("networkRunB");
        Assert.Equal(1.0, a.Final[0], 2);
        Assert.Equal(1.5, a.Final[1], 2);
        Assert.Equal(-1.0, b.Final[0], 2);
        Assert.Equal(-1.5, b.Final[1], 2);
        Assert.True(a.FinalLoss < 1e-6 && b.FinalLoss < 1e-6);
    }

    [Fact]
    public void Exercises_start_wrong_and_give_a_hint() => ExerciseChecks.StartWrongWithAHint(lesson.Run);
}
