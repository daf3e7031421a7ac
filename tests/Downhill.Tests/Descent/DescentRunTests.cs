namespace Downhill.Tests.Runs;
/// <summary>What a run records, and every way it can end.</summary>
public class DescentRunTests
{
    [Fact]
    public void A_run_records_positions_losses_gradient_norms_and_rates_consistently()
    {
        var landscape = Landscape.Rosenbrock();
        var run = Descent.Run(landscape, new Adam(0.05), [-1.5, 2], steps: 25, tolerance: 0);

        Assert.Equal(25, run.Steps);
        Assert.Equal(26, run.Positions.Count);
        Assert.Equal(26, run.Losses.Count);
        Assert.Equal(26, run.GradientNorms.Count);
        Assert.Equal(25, run.LearningRates.Count);
        Assert.Equal([-1.5, 2.0], run.Positions[0]);
        for (var k = 0; k < run.Positions.Count; k++)
        {
            Assert.Equal(landscape.Value(run.Positions[k]), run.Losses[k]);
            var g = landscape.Gradient(run.Positions[k]);
            Assert.Equal(Math.Sqrt(g[0] * g[0] + g[1] * g[1]), run.GradientNorms[k], 1e-12);
        }
        Assert.Equal("Adam α=0.05", run.Label);
        Assert.Equal(RunOutcome.StepLimitReached, run.Outcome);
        Assert.Null(run.DivergedAtStep);
    }

    [Fact]
    public void Recorded_positions_are_copies_not_the_live_vector()
    {
        var start = new[] { 2.0 };
        var run = Descent.Run(Landscape.Parabola(), new GradientDescent(0.1), start, steps: 3, tolerance: 0);
        Assert.Equal([2.0], start);
        Assert.Equal([2.0, 1.6, 1.28, 1.024], run.Positions.Select(p => Math.Round(p[0], 12)));
    }

    [Fact]
    public void Zero_steps_give_a_trajectory_of_just_the_start()
    {
        var run = Descent.Run(Landscape.Himmelblau(), new Adam(), [0, 0], steps: 0);

        Assert.Single(run.Positions);
        Assert.Empty(run.LearningRates);
        Assert.Equal(RunOutcome.StepLimitReached, run.Outcome);
        // At the origin ∇Q = (2·(−7), 2·(−11)) = (−14, −22), norm √680 ≈ 26.0768.
        Assert.Equal("step limit reached after 0 steps: gradient norm 26.0768 is still 2.60768e7× the tolerance 1e-6", run.Message);
    }

    [Fact]
    public void Starting_at_the_minimum_converges_in_zero_steps()
    {
        var run = Descent.Run(Landscape.Himmelblau(), new GradientDescent(0.01), [3, 2], steps: 100);
        Assert.Equal(RunOutcome.Converged, run.Outcome);
        Assert.Equal(0, run.Steps);
        Assert.Equal("converged after 0 steps: gradient norm 0 ≤ tolerance 1e-6", run.Message);
    }

    [Fact]
    public void A_custom_tolerance_stops_the_run_sooner()
    {
        var loose = Descent.Run(Landscape.Parabola(), new GradientDescent(0.1), [1], steps: 1000, tolerance: 1e-2);
        var tight = Descent.Run(Landscape.Parabola(), new GradientDescent(0.1), [1], steps: 1000);
        Assert.Equal(RunOutcome.Converged, loose.Outcome);
        // |g| = 2·0.8^k ≤ 0.01 first at k = 24 (0.8^24 ≈ 0.0047 ≤ 0.005); ≤ 1e-6 first at k = 66 (0.8^65 ≈ 5.02e-7 is still above 5e-7).
        Assert.Equal(24, loose.Steps);
        Assert.Equal(66, tight.Steps);
    }

    [Fact]
    public void A_loss_that_becomes_NaN_is_reported_at_its_step_and_kept_out()
    {
        // GD α = 1.5 on x² from 1: x₁ = 1 − 1.5·2 = −2, where this landscape is undefined.
        var run = Descent.Run(new TestLandscapes.HalfLine(), new GradientDescent(1.5), [1], steps: 10);

        Assert.Equal(RunOutcome.Diverged, run.Outcome);
        Assert.Equal(1, run.DivergedAtStep);
        Assert.Equal("diverged at step 1: the loss became NaN", run.Message);
        Assert.Single(run.Positions);
    }

    [Fact]
    public void A_position_that_overflows_is_reported_and_kept_out()
    {
        var run = Descent.Run(new TestLandscapes.Catapult(), new GradientDescent(10), [0], steps: 10);

        Assert.Equal("diverged at step 1: the position became infinite", run.Message);
        Assert.Equal([0.0], run.Final);
    }

    [Fact]
    public void A_landscape_without_a_bottom_is_reported_when_the_loss_falls_past_the_bound()
    {
        // Saddle x² − y² from (0, 1): y grows by 1.2 per step at α = 0.1, Q = −y² falls below −1e12 when 1.44^k > 1e12 → k = 76.
        var run = Descent.Run(Landscape.Saddle(), new GradientDescent(0.1), [0, 1], steps: 500);

        Assert.Equal(RunOutcome.Diverged, run.Outcome);
        Assert.Equal(76, run.DivergedAtStep);
        Assert.Equal("diverged at step 76: the loss fell below -1e12 (this landscape has no bottom)", run.Message);
    }

    [Fact]
    public void A_custom_divergence_bound_is_honoured()
    {
        // Parabola at α = 1.5: x ← −2x, Q = 4ᵏ passes 1000 at k = 5 (4⁵ = 1024).
        var run = Descent.Run(Landscape.Parabola(), new GradientDescent(1.5), [1], steps: 50, divergenceBound: 1000);
        Assert.Equal("diverged at step 5: the loss grew past 1000", run.Message);
    }

    [Fact]
    public void A_start_already_past_the_bound_is_diverged_at_step_zero()
    {
        var run = Descent.Run(Landscape.Parabola(), new GradientDescent(0.1), [1e7], steps: 5);
        Assert.Equal(RunOutcome.Diverged, run.Outcome);
        Assert.Equal(0, run.DivergedAtStep);
        Assert.Equal("diverged at step 0: the loss at the start, 1e14, is already past ±1e12", run.Message);
    }

    [Fact]
    public void A_schedule_sets_each_step_s_rate_and_the_optimizer_gets_its_rate_back()
    {
        var optimizer = new GradientDescent(0.1);
        var run = Descent.Run(Landscape.Parabola(), optimizer, [1], steps: 7, schedule: Schedule.StepDecay(3, 0.5), tolerance: 0);

        Assert.Equal([0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.025], run.LearningRates);
        Assert.Equal(0.1, optimizer.LearningRate);
        Assert.Equal("GD α=0.1 (×0.5 every 3 steps)", run.Label);
        // x ← (1 − 2α)x: 0.8³ · 0.9³ · 0.95
        Assert.Equal(Math.Pow(0.8, 3) * Math.Pow(0.9, 3) * 0.95, run.Final[0], 1e-15);
    }

    [Fact]
    public void A_schedule_that_reaches_zero_ends_the_run()
    {
        var run = Descent.Run(Landscape.Parabola(), new GradientDescent(0.01), [1], steps: 50, schedule: Schedule.Cosine(10));
        Assert.Equal(RunOutcome.StepLimitReached, run.Outcome);
        Assert.Equal(10, run.Steps);
        Assert.StartsWith("stopped after 10 steps: the schedule's learning rate reached 0; gradient norm ", run.Message);
    }

    [Fact]
    public void A_label_can_be_given()
    {
        var run = Descent.Run(Landscape.Parabola(), new GradientDescent(0.1), [1], steps: 1, label: "the slow one");
        Assert.Equal("the slow one", run.Label);
        Assert.StartsWith("the slow one: ", run.ToString());
    }

    [Fact]
    public void The_same_optimizer_instance_gives_the_same_run_twice()
    {
        var adam = new Adam(0.1);
        var first = Descent.Run(Landscape.Himmelblau(), adam, [0, 0], 50, tolerance: 0);
        var second = Descent.Run(Landscape.Himmelblau(), adam, [0, 0], 50, tolerance: 0);
        Assert.Equal(first.Final, second.Final);
    }

    [Fact]
    public void A_huge_but_finite_gradient_still_has_a_finite_norm()
    {
        // ‖(1e200, 1e200)‖ = √2·1e200, although 1e200² overflows; GD at α = 1e-201 moves each coordinate by −0.1.
        var run = Descent.Run(new TestLandscapes.Cliff(), new GradientDescent(1e-201), [0, 0], steps: 1);
        Assert.Equal(Math.Sqrt(2) * 1e200, run.GradientNorms[0], 1e186);
        Assert.All(run.GradientNorms, n => Assert.True(double.IsFinite(n)));
        Assert.Equal(-0.1, run.Final[0], 1e-9);
    }
}
