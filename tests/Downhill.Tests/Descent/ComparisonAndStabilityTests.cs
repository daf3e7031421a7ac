namespace Downhill.Tests.Runs;
/// <summary>Side-by-side runs, and the stability check beyond the plain bowl.</summary>
public class ComparisonAndStabilityTests
{
    [Fact]
    public void Compare_runs_each_optimizer_from_the_same_start_in_order()
    {
        var runs = Descent.Compare(Landscape.Himmelblau(), [new GradientDescent(0.01), new Momentum(0.001), new Adam(0.1)], [0, 0], 300);

        Assert.Equal(["GD α=0.01", "Momentum α=0.001 β=0.9", "Adam α=0.1"], runs.Select(r => r.Label));
        Assert.All(runs, r => Assert.Equal([0.0, 0.0], r.Positions[0]));
        Assert.Equal(Descent.Run(Landscape.Himmelblau(), new GradientDescent(0.01), [0, 0], 300).Final, runs[0].Final);
    }

    [Fact]
    public void Compare_learning_rates_shows_the_three_regimes_on_the_bowl()
    {
        var runs = TestData.RunsAtRates(Landscape.IllConditionedBowl(), a => new GradientDescent(a), [0.05, 0.4, 0.6], [8, 1], 200);

        Assert.Equal([RunOutcome.StepLimitReached, RunOutcome.Converged, RunOutcome.Diverged], runs.Select(r => r.Outcome));
        Assert.Equal(["GD α=0.05", "GD α=0.4", "GD α=0.6"], runs.Select(r => r.Label));
    }

    [Fact]
    public void The_saddle_is_predicted_to_slide_away()
    {
        var report = Descent.PredictStability(Landscape.Saddle(), 0.1);
        Assert.False(report.ExpectDivergence);
        Assert.False(report.ExpectConvergence);
        Assert.Equal("α = 0.1 < 2/L = 1: stable across the upward-curving directions, but the landscape curves downward along another (curvature -2), so descent slides away there", report.Message);
    }

    [Fact]
    public void A_quadratic_that_only_curves_down_has_no_stable_step()
    {
        var report = Descent.PredictStability(Landscape.Quadratic(-1, -2), 0.1);
        Assert.Equal(double.PositiveInfinity, report.MaxStableLearningRate);
        Assert.False(report.ExpectConvergence);
        Assert.Equal("nothing curves upward (largest curvature L = -2): there is no minimum here, and descent slides away downhill", report.Message);
    }

    [Fact]
    public void Rosenbrock_is_checked_locally_at_its_minimum_and_too_large_a_step_cannot_settle_there()
    {
        // At (1, 1): H = [[2 − 400 + 1200, −400], [−400, 200]] = [[802, −400], [−400, 200]],
        // eigenvalues (1002 ± √(602² + 4·400²))/2 = (1002 ± 1001.6)/2 → L ≈ 1001.6, 2/L ≈ 0.0019968.
        var report = Descent.PredictStability(Landscape.Rosenbrock(), 0.0025, at: [1, 1]);
        Assert.False(report.IsExact);
        Assert.True(report.ExpectDivergence);
        Assert.Equal(1001.6006, report.LargestCurvature, 1e-4);
        Assert.Equal("α = 0.0025 ≥ 2/L = 0.0019968 near (1, 1): expect plain gradient descent to diverge", report.Message);

        // The prediction is local: started next to the minimum (Q ≈ 1e-4) at that rate, GD cannot settle there.
        // It is thrown out along the steep direction until the valley's bend caps the growth, and ends up
        // bouncing on an orbit with Q > 0.1 instead of reaching ±∞. At 0.0015 < 2/L it settles.
        var fast = Descent.Run(Landscape.Rosenbrock(), new GradientDescent(0.0025), [1.001, 1.001], 2000);
        var slow = Descent.Run(Landscape.Rosenbrock(), new GradientDescent(0.0015), [1.001, 1.001], 20000);
        Assert.Equal(RunOutcome.StepLimitReached, fast.Outcome);
        Assert.True(fast.FinalLoss > 0.1, fast.ToString());
        Assert.Equal(RunOutcome.Converged, slow.Outcome);
    }

    [Fact]
    public void A_parabola_is_checked_exactly_like_a_quadratic()
    {
        // Q = x², curvature 2 everywhere: 2/L = 1, so α = 1.1 overshoots further each time (x ← −1.2x).
        var report = Descent.PredictStability(Landscape.Parabola(), 1.1);
        Assert.True(report.IsExact);
        Assert.Equal("α = 1.1 ≥ 2/L = 1: expect plain gradient descent to diverge", report.Message);
        Assert.Equal(RunOutcome.Diverged, Descent.Run(Landscape.Parabola(), new GradientDescent(1.1), [1], 1000).Outcome);
    }
}
