namespace Downhill.Tests.Runs;
/// <summary>Bad run settings fail before the first step with one clear sentence.</summary>
public class DescentInputTests
{
    private static string ErrorOf(Action action) => Assert.Throws<ArgumentException>(action).Message;

    [Fact]
    public void The_start_point_must_fit_the_landscape()
    {
        Assert.Equal("Himmelblau takes a start point with 2 coordinate(s); got 1.",
            ErrorOf(() => Descent.Run(Landscape.Himmelblau(), new Adam(), [1.0], 10)));
        Assert.Equal("the start point must contain only finite numbers; got NaN at position 1.",
            ErrorOf(() => Descent.Run(Landscape.Himmelblau(), new Adam(), [1.0, double.NaN], 10)));
        Assert.Equal("the start point must not be empty; give at least one value.",
            ErrorOf(() => Descent.Run(Landscape.Himmelblau(), new Adam(), [], 10)));
    }

    [Fact]
    public void A_start_where_the_landscape_is_undefined_is_refused()
    {
        Assert.Equal("Half line is not finite at the start point (-1); start somewhere inside its plot range.",
            ErrorOf(() => Descent.Run(new TestLandscapes.HalfLine(), new GradientDescent(0.1), [-1.0], 10)));
    }

    [Fact]
    public void Steps_tolerance_and_bound_are_checked()
    {
        var bowl = Landscape.Bowl();
        Assert.Equal("the number of steps must be at least 0; got -1.",
            ErrorOf(() => Descent.Run(bowl, new Adam(), [1.0, 1.0], -1)));
        Assert.Equal("the convergence tolerance must be a finite number of at least 0; got -0.001.",
            ErrorOf(() => Descent.Run(bowl, new Adam(), [1.0, 1.0], 10, tolerance: -1e-3)));
        Assert.Equal("the divergence bound must be a positive, finite number; got ∞.",
            ErrorOf(() => Descent.Run(bowl, new Adam(), [1.0, 1.0], 10, divergenceBound: double.PositiveInfinity)));
    }

    [Fact]
    public void An_absurd_step_budget_is_refused_before_it_fills_the_memory()
    {
        Assert.Equal("the number of steps must be at most 1,000,000, since every step is kept in the trajectory; got 2,147,483,647.",
            ErrorOf(() => Descent.Run(Landscape.Bowl(), new GradientDescent(0.1), [1.0, 1.0], int.MaxValue)));
        // The cap itself is a budget like any other (this run converges long before it).
        Assert.Equal(RunOutcome.Converged, Descent.Run(Landscape.Bowl(), new GradientDescent(0.1), [1.0, 1.0], 1_000_000).Outcome);
    }

    [Fact]
    public void Missing_landscape_or_optimizer_is_named()
    {
        Assert.Equal("the landscape must be given; got null.", ErrorOf(() => Descent.Run(null!, new Adam(), [1.0], 10)));
        Assert.Equal("the optimizer must be given; got null.", ErrorOf(() => Descent.Run(Landscape.Parabola(), null!, [1.0], 10)));
    }

    [Fact]
    public void A_comparison_needs_at_least_one_optimizer()
    {
        Assert.Equal("the list of optimizers must not be empty; give at least one value.",
            ErrorOf(() => Descent.Compare(Landscape.Bowl(), [], [1.0, 1.0], 10)));
    }

    [Fact]
    public void The_stability_check_needs_curvature_and_a_place_for_non_quadratics()
    {
        Assert.Equal("Himmelblau's curvature changes from place to place; say where to check it (at: a point).",
            ErrorOf(() => Descent.PredictStability(Landscape.Himmelblau(), 0.01)));
        Assert.Equal("Half line does not provide a Hessian, so its curvature cannot be checked.",
            ErrorOf(() => Descent.PredictStability(new TestLandscapes.HalfLine(), 0.01, at: [1.0])));
        Assert.Equal("learning rate must be a positive, finite number; got NaN.",
            ErrorOf(() => Descent.PredictStability(Landscape.Bowl(), double.NaN)));
    }

    [Fact]
    public void A_custom_landscape_whose_gradient_has_the_wrong_length_is_named()
    {
        Assert.Equal("Short gradient's Gradient must return one value per coordinate (2); it returned 1.",
            ErrorOf(() => Descent.Run(new TestLandscapes.ShortGradient(), new Adam(), [1.0, 1.0], 10)));
    }
}
