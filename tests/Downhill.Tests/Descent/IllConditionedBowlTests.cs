namespace Downhill.Tests.Runs;
/// <summary>
/// The bowl 0.1x² + 2y² has Hessian diag(0.2, 4), so L = 4 and 2/L = 0.5. Each GD step multiplies x by
/// (1 − 0.2α) and y by (1 − 4α): at α = 0.6 that is 0.88 and −1.4 (y blows up), at α = 0.4 it is 0.92 and −0.6.
/// </summary>
public class IllConditionedBowlTests
{
    private static readonly double[] Start = [8, 1];

    [Fact]
    public void Gradient_descent_diverges_at_point_six()
    {
        // y_k = (−1.4)^k, so Q ≈ 2·1.96^k passes 1e12 once 1.96^k > 5e11: k > ln(5e11)/ln(1.96) = 40.04 → step 41.
        var run = Descent.Run(Landscape.IllConditionedBowl(), new GradientDescent(0.6), Start, steps: 500);

        Assert.Equal(RunOutcome.Diverged, run.Outcome);
        Assert.Equal(41, run.DivergedAtStep);
        Assert.Equal("diverged at step 41: the loss grew past 1e12", run.Message);
        Assert.Equal(40, run.Steps);
        Assert.All(run.Losses, l => Assert.True(double.IsFinite(l) && l <= 1e12));
    }

    [Fact]
    public void Gradient_descent_converges_at_point_four()
    {
        // x shrinks by 0.92 per step: ‖∇Q‖ ≈ 0.2·8·0.92^k ≤ 1e-6 once k > ln(6.25e-7)/ln(0.92) ≈ 171.
        var run = Descent.Run(Landscape.IllConditionedBowl(), new GradientDescent(0.4), Start, steps: 500);

        Assert.Equal(RunOutcome.Converged, run.Outcome);
        Assert.InRange(run.Steps, 165, 180);
        Assert.StartsWith($"converged after {run.Steps} steps: gradient norm ", run.Message);
        Assert.EndsWith("≤ tolerance 1e-6", run.Message);
    }

    [Fact]
    public void The_pre_run_check_predicts_both()
    {
        var bowl = Landscape.IllConditionedBowl();

        var fast = Descent.PredictStability(bowl, 0.6);
        Assert.True(fast.ExpectDivergence);
        Assert.False(fast.ExpectConvergence);
        Assert.Equal(4.0, fast.LargestCurvature);
        Assert.Equal(0.5, fast.MaxStableLearningRate);
        Assert.Equal("α = 0.6 ≥ 2/L = 0.5: expect plain gradient descent to diverge", fast.Message);

        var safe = Descent.PredictStability(bowl, 0.4);
        Assert.False(safe.ExpectDivergence);
        Assert.True(safe.ExpectConvergence);
        Assert.Equal(0.92, safe.ContractionPerStep, 1e-15);
        Assert.Equal("α = 0.4 < 2/L = 0.5: plain gradient descent should converge; the slowest direction shrinks by a factor 0.92 per step", safe.Message);
    }

    [Fact]
    public void The_prediction_agrees_with_runs_on_either_side_of_two_over_L()
    {
        var bowl = Landscape.IllConditionedBowl();
        foreach (var rate in new[] { 0.05, 0.2, 0.45, 0.49, 0.51, 0.55, 0.7 })
        {
            var predicted = Descent.PredictStability(bowl, rate).ExpectDivergence;
            var run = Descent.Run(bowl, new GradientDescent(rate), Start, steps: 5000);
            Assert.Equal(predicted, run.Outcome == RunOutcome.Diverged);
            Assert.Equal(!predicted, run.Outcome == RunOutcome.Converged);
        }
    }
}
