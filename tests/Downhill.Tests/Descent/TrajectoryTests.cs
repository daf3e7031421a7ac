namespace Downhill.Tests.Runs;

/// <summary>A trajectory built by hand (as lessons do for a climb or a mini-batch zig-zag) keeps the contract.</summary>
public class TrajectoryTests
{
    private static Trajectory Build(double[][] positions, double[] losses, double[] norms, double[] rates) =>
        new("by hand", positions, losses, norms, rates, RunOutcome.StepLimitReached, "built by hand");

    [Fact]
    public void A_consistent_trajectory_is_accepted()
    {
        var run = Build([[1.0], [0.8]], [1.0, 0.64], [2.0, 1.6], [0.1]);
        Assert.Equal(1, run.Steps);
        Assert.Equal([0.8], run.Final);
        Assert.Equal(0.64, run.FinalLoss);
        Assert.Equal("by hand: built by hand", run.ToString());
    }

    [Fact]
    public void Counts_that_do_not_line_up_are_refused()
    {
        Assert.Equal("a trajectory needs at least its start point.",
            Assert.Throws<ArgumentException>(() => Build([], [], [], [])).Message);
        Assert.Equal("a trajectory needs one loss and one gradient norm per position; got 2 position(s), 1 loss(es) and 2 gradient norm(s).",
            Assert.Throws<ArgumentException>(() => Build([[1.0], [0.8]], [1.0], [2.0, 1.6], [0.1])).Message);
        Assert.Equal("a trajectory needs one learning rate per step taken (1); got 2.",
            Assert.Throws<ArgumentException>(() => Build([[1.0], [0.8]], [1.0, 0.64], [2.0, 1.6], [0.1, 0.1])).Message);
        Assert.Equal("every position of a trajectory must have the start point's 1 coordinate(s); position 1 does not.",
            Assert.Throws<ArgumentException>(() => Build([[1.0], [0.8, 0.0]], [1.0, 0.64], [2.0, 1.6], [0.1])).Message);
    }

    [Fact]
    public void Non_finite_values_never_enter_a_trajectory()
    {
        Assert.Equal("a trajectory stores only finite numbers; loss 1 is ∞.",
            Assert.Throws<ArgumentException>(() => Build([[1.0], [0.8]], [1.0, double.PositiveInfinity], [2.0, 1.6], [0.1])).Message);
        Assert.Equal("position 1 of the trajectory must contain only finite numbers; got NaN at position 0.",
            Assert.Throws<ArgumentException>(() => Build([[1.0], [double.NaN]], [1.0, 0.64], [2.0, 1.6], [0.1])).Message);
        Assert.Equal("a trajectory stores only finite numbers; gradient norm 0 is NaN.",
            Assert.Throws<ArgumentException>(() => Build([[1.0], [0.8]], [1.0, 0.64], [double.NaN, 1.6], [0.1])).Message);
    }

    [Fact]
    public void A_diverged_run_names_the_step_that_blew_up_and_a_hand_built_one_the_step_after_its_last_position()
    {
        // Parabola at α = 1.5: x ← −2x, Q = 4ᵏ passes 1000 at k = 5, so four steps are kept.
        var recorded = Descent.Run(Landscape.Parabola(), new GradientDescent(1.5), [1], steps: 50, divergenceBound: 1000);
        var byHand = new Trajectory("by hand", [[1.0], [0.8]], [1.0, 0.64], [2.0, 1.6], [0.1], RunOutcome.Diverged, "blew up");
        var converged = Build([[1.0], [0.8]], [1.0, 0.64], [2.0, 1.6], [0.1]);

        Assert.Equal(5, recorded.DivergenceStep);
        Assert.Equal(4, recorded.Steps);
        Assert.Equal(2, byHand.DivergenceStep);
        Assert.Equal("\"by hand\" did not diverge: built by hand.",
            Assert.Throws<InvalidOperationException>(() => converged.DivergenceStep).Message);
    }
}
