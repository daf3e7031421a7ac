namespace Downhill.Tests.Optimizers;

/// <summary>
/// After the first step sizes their state, optimizer steps allocate nothing (a landscape's gradient is a new small
/// array each call — the price of reading like the formula), so the optimizers add no pressure on the garbage
/// collector. Counted in bytes, not timed.
/// </summary>
public class AllocationTests
{
    public static TheoryData<string> Names => new() { "GD", "Momentum", "Nesterov", "Adagrad", "RMSprop", "Adam", "AdamW" };

    private static Optimizer Make(string name) => name switch
    {
        "GD" => new GradientDescent(1e-4, weightDecay: 0.1),
        "Momentum" => new Momentum(1e-4),
        "Nesterov" => new Nesterov(1e-4),
        "Adagrad" => new Adagrad(),
        "RMSprop" => new RMSprop(centered: true, momentum: 0.9),
        "Adam" => new Adam(amsGrad: true),
        _ => new AdamW(),
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void A_thousand_optimizer_steps_on_Rosenbrock_allocate_nothing(string name)
    {
        var landscape = Landscape.Rosenbrock();
        var optimizer = Make(name);
        var w = new[] { -1.2, 1.0 };
        var g = landscape.Gradient(w);
        optimizer.Step(w, g); // sizes the state

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var k = 0; k < 1000; k++)
        {
            g[0] = 2 * (w[0] - 1);
            g[1] = 2 * (w[1] - 1);
            optimizer.Step(w, g);
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }
}
