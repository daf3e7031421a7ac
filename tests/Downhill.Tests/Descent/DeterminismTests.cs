namespace Downhill.Tests.Runs;
/// <summary>
/// Same inputs → bit-identical trajectories: descent has no hidden randomness, no parallel reductions and no
/// dependence on the machine's culture, so a notebook rerun draws exactly the same picture.
/// </summary>
public class DeterminismTests
{
    public static TheoryData<string> Names => new() { "GD", "Momentum", "Nesterov", "Adagrad", "RMSprop", "Adam", "AdamW" };

    private static Optimizer Make(string name) => name switch
    {
        "GD" => new GradientDescent(1e-4),
        "Momentum" => new Momentum(1e-4),
        "Nesterov" => new Nesterov(1e-4),
        "Adagrad" => new Adagrad(0.1),
        "RMSprop" => new RMSprop(1e-3, centered: true, momentum: 0.5),
        "Adam" => new Adam(0.01, amsGrad: true),
        _ => new AdamW(0.01),
    };

    private static long[] Bits(Downhill.Trajectory run) =>
        run.Positions.SelectMany(p => p).Concat(run.Losses).Concat(run.GradientNorms).Concat(run.LearningRates)
            .Select(BitConverter.DoubleToInt64Bits).ToArray();

    [Theory]
    [MemberData(nameof(Names))]
    public void Two_runs_with_fresh_optimizers_are_bit_identical(string name)
    {
        var schedule = Schedule.WarmUp(20, Schedule.Cosine(500, 1e-5));
        var first = Descent.Run(Landscape.Rosenbrock(), Make(name), [-1.2, 1], 800, schedule, tolerance: 0);
        var second = Descent.Run(Landscape.Rosenbrock(), Make(name), [-1.2, 1], 800, schedule, tolerance: 0);

        Assert.Equal(Bits(first), Bits(second));
        Assert.Equal(first.Message, second.Message);
    }

    [Fact]
    public void Different_starts_give_different_trajectories()
    {
        var first = Descent.Run(Landscape.Rosenbrock(), new Adam(0.01), [-1.2, 1], 100, tolerance: 0);
        var second = Descent.Run(Landscape.Rosenbrock(), new Adam(0.01), [-1.2, 1.000001], 100, tolerance: 0);
        Assert.NotEqual(Bits(first), Bits(second));
    }
}
