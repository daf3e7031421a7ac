namespace Downhill.Tests.Optimizers;
/// <summary>
/// Every optimizer reaches Himmelblau's minimum at (3, 2) from (0, 0). Rates and budgets below are chosen
/// per optimizer (a rate that suits Adagrad blows gradient descent up); each run must stop by the
/// default tolerance (‖∇Q‖ ≤ 1e-6) within its budget and end within 1e-6 of (3, 2).
/// </summary>
public class HimmelblauTests
{
    public static TheoryData<string, double, int> Settings => new()
    {
        // optimizer, learning rate, step budget (runs took 62, 350, 83, 111, 26, 347 steps when chosen)
        { "GD", 0.01, 200 },
        { "Momentum", 0.001, 1000 },
        { "Nesterov", 0.01, 300 },
        { "Adagrad", 0.5, 500 },
        { "RMSprop", 0.1, 200 },
        { "Adam", 0.1, 1000 },
    };

    private static Optimizer Make(string name, double rate) => name switch
    {
        "GD" => new GradientDescent(rate),
        "Momentum" => new Momentum(rate),
        "Nesterov" => new Nesterov(rate),
        "Adagrad" => new Adagrad(rate),
        "RMSprop" => new RMSprop(rate),
        "Adam" => new Adam(rate),
        _ => throw new ArgumentException(name),
    };

    private static double DistanceToThreeTwo(double[] point) => Math.Sqrt(Math.Pow(point[0] - 3, 2) + Math.Pow(point[1] - 2, 2));

    [Theory]
    [MemberData(nameof(Settings))]
    public void Reaches_three_two_from_the_origin(string optimizer, double rate, int budget)
    {
        var run = Descent.Run(Landscape.Himmelblau(), Make(optimizer, rate), [0, 0], budget);

        Assert.Equal(RunOutcome.Converged, run.Outcome);
        Assert.True(DistanceToThreeTwo(run.Final) <= 1e-6, $"{run}: ended at ({run.Final[0]}, {run.Final[1]})");
    }

    [Fact]
    public void AdamW_reaches_three_two_within_its_weight_decay_bias()
    {
        // Decoupled weight decay (λ = 0.01) pulls w towards 0 each step, so AdamW settles a little short of
        // (3, 2), where the normalised gradient balances λw: within 1e-3 after 5000 steps at α = 0.1.
        var run = Descent.Run(Landscape.Himmelblau(), new AdamW(0.1), [0, 0], 5000, tolerance: 0);

        Assert.Equal(RunOutcome.StepLimitReached, run.Outcome);
        Assert.True(DistanceToThreeTwo(run.Final) <= 1e-3, $"{run}: ended at ({run.Final[0]}, {run.Final[1]})");
    }

    [Fact]
    public void Momentum_at_a_larger_rate_lands_in_a_different_minimum()
    {
        // The lesson behind choosing rates per optimizer: momentum at α = 0.01 overshoots (3, 2)'s basin.
        var run = Descent.Run(Landscape.Himmelblau(), new Momentum(0.01), [0, 0], 1000);

        Assert.Equal(RunOutcome.Converged, run.Outcome);
        var other = Landscape.Himmelblau().KnownMinima[3];
        Assert.Equal(other[0], run.Final[0], 5);
        Assert.Equal(other[1], run.Final[1], 5);
    }
}
