namespace Downhill.Tests.Runs;

/// <summary>
/// A run keeps its positions as one flat list of numbers and hands each out as an array when read: the arrays must
/// be the positions the run visited, the same array every time one is read, and as many as the run has losses.
/// </summary>
public class RecordedPositionsTests
{
    [Fact]
    public void Each_position_is_the_point_the_run_visited_in_two_dimensions()
    {
        var bowl = Landscape.IllConditionedBowl();
        var run = Descent.Run(bowl, new GradientDescent(0.1), [8, 1], 20);

        // Replay the steps by hand: w ← w − α∇Q(w).
        double[] w = [8, 1];
        Assert.Equal(run.Losses.Count, run.Positions.Count);
        for (var k = 0; k < run.Positions.Count; k++)
        {
            Assert.Equal(w, run.Positions[k]);
            Assert.Equal(bowl.Value(w), run.Losses[k]);
            var g = bowl.Gradient(w);
            w = [w[0] - 0.1 * g[0], w[1] - 0.1 * g[1]];
        }
        Assert.Equal(run.Positions[^1], run.Final);
    }

    [Fact]
    public void A_position_read_twice_is_the_same_array()
    {
        var run = Descent.Run(Landscape.Parabola(2), new GradientDescent(0.1), [3.0], 10);

        Assert.Same(run.Positions[4], run.Positions[4]);
        Assert.Same(run.Final, run.Final);
        Assert.Same(run.Positions[2], run.Positions.ElementAt(2));
        Assert.Equal(run.Positions.Count, run.Positions.Count());
    }

    [Fact]
    public void Reading_past_the_end_fails_as_a_list_does()
    {
        var run = Descent.Run(Landscape.Parabola(2), new GradientDescent(0.1), [3.0], 5, tolerance: 0);

        Assert.Equal(6, run.Positions.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => run.Positions[6]);
        Assert.Throws<ArgumentOutOfRangeException>(() => run.Positions[-1]);
    }

    [Fact]
    public void A_run_of_many_parameters_and_the_largest_step_budget_starts()
    {
        // 3,000 coordinates × 1,000,001 positions is more than an int counts: the room set aside must not overflow.
        const int n = 3000;
        var bowl = Landscape.FromFunctions("wide bowl", w => w.Sum(x => x * x), w => w.Select(x => 2 * x).ToArray(),
            Enumerable.Repeat((-1.0, 1.0), n).ToArray());
        var run = Descent.Run(bowl, new GradientDescent(0.5), Enumerable.Repeat(0.5, n).ToArray(), Descent.MaxSteps);

        Assert.Equal(RunOutcome.Converged, run.Outcome);
        Assert.All(run.Final, x => Assert.Equal(0.0, x));
    }
}
