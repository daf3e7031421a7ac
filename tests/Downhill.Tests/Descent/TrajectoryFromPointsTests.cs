namespace Downhill.Tests.Runs;

/// <summary>A loop written by hand becomes a trajectory that draws and compares like a library run.</summary>
public class TrajectoryFromPointsTests
{
    [Fact]
    public void Losses_and_gradient_norms_are_read_off_the_landscape()
    {
        var curve = Landscape.Parabola(a: 1, center: 3);
        var run = Trajectory.FromPoints(curve, [[6.0], [4.8], [4.08]], 0.1, "by hand");
        Assert.Equal([9.0, 1.8 * 1.8, 1.08 * 1.08], run.Losses.Select(l => Math.Round(l, 10)));
        Assert.Equal([6.0, 3.6, 2.16], run.GradientNorms.Select(n => Math.Round(n, 10)));
        Assert.Equal([0.1, 0.1], run.LearningRates);
        Assert.Equal(2, run.Steps);
        Assert.Equal(RunOutcome.StepLimitReached, run.Outcome);
        Assert.Equal("by hand: took 2 steps", run.ToString());
    }

    [Fact]
    public void The_same_steps_by_hand_give_the_library_run()
    {
        var curve = Landscape.Parabola(a: 1, center: 3);
        var points = new List<double[]> { new[] { 6.0 } };
        for (var k = 0; k < 5; k++) points.Add([points[^1][0] - 0.1 * curve.Slope(points[^1][0])]);
        var byHand = Trajectory.FromPoints(curve, points, 0.1, "by hand");
        var library = Descent.Run(curve, new GradientDescent(0.1), [6.0], 5, tolerance: 0);
        Assert.Equal(library.Positions.Select(p => p[0]), byHand.Positions.Select(p => p[0]));
        Assert.Equal(library.Losses, byHand.Losses);
        Assert.Contains("\"frames\"", Plots.BallOnCurve(curve, byHand, "by hand").ToJson());
    }

    [Fact]
    public void A_position_off_the_landscape_is_refused_with_a_sentence()
    {
        var error = Assert.Throws<ArgumentException>(() => Trajectory.FromPoints(Landscape.Himmelblau(), [[1.0]], 0.1, "x"));
        Assert.Equal("Himmelblau takes a point with 2 coordinate(s); got 1.", error.Message);
    }
}
