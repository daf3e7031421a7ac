using BenchmarkDotNet.Attributes;
namespace Downhill.Benchmarks;

/// <summary>
/// One training step of the lessons' network — forward, backward and an Adam update on a batch of 32 moons — by the two
/// gradient paths: the autodiff engine (a <see cref="Value"/> node per arithmetic operation, then Backward()) and the
/// array code (the same chain rule a layer at a time). MLP 2-8-1 is lesson 08's network; 2-64-64-1 shows how the gap
/// grows with size. For information (no target). The weights move a little with every step; the work of a step does not
/// depend on them, so every invocation measures the same amount of arithmetic. PyTorch is not installed on the machines this kit targets, so the
/// usual yardstick (torch's autograd on the same step) is not measured here.
/// On a busy machine BenchmarkDotNet's build of its own runner can time out; add <c>--inProcess</c>:
/// <c>dotnet run -c Release --project bench/Downhill.Benchmarks -- --filter '*MlpStep*' --inProcess</c>.
/// Measured once (short job, in process, a shared 2-core machine, so ±30 %): 2-8-1 arrays 22 µs, engine 0.57 ms (26×);
/// 2-64-64-1 arrays 0.9 ms, engine 0.44 s (about 500×: some 280,000 Values and 77 MB allocated per step).
/// </summary>
[MemoryDiagnoser]
public class MlpStepBenchmarks
{
    private readonly Dataset moons = Synthetic.TwoMoons(seed: 1, count: 200, noise: 0.15);
    private readonly int[] batch = [.. Enumerable.Range(0, 32)];
    private Dataset batchData = null!;
    private Mlp network = null!;
    private double[] start = [];
    private readonly Adam adam = new(0.03);

    [Params("2-8-1", "2-64-64-1")]
    public string Layers { get; set; } = "2-8-1";

    /// <summary>Both paths must give the same gradient (to 1e-12), or they are not doing the same work.</summary>
    [GlobalSetup]
    public void Build()
    {
        batchData = moons.Subset(batch);
        network = new Mlp([.. Layers.Split('-').Select(int.Parse)], Activation.Tanh, Initialization.Xavier, seed: 1);
        start = (double[])network.Parameters.Clone();
        var arrays = network.Gradient(batchData);
        var engine = network.EngineLossAndGradient(batchData).Gradient;
        var worst = arrays.Zip(engine).Max(p => Math.Abs(p.First - p.Second) / Math.Max(1, Math.Abs(p.First)));
        if (worst > 1e-12) throw new InvalidOperationException($"The engine and the arrays disagree by {worst} on {Layers}.");
    }

    [Benchmark(Baseline = true, Description = "arrays: forward + backward + Adam, batch 32")]
    public double Arrays()
    {
        var gradient = network.Gradient(batchData);
        adam.Step(network.Parameters, gradient);
        return network.Parameters[0];
    }

    [Benchmark(Description = "engine: graph + Backward() + Adam, batch 32")]
    public double Engine()
    {
        var (_, gradient) = network.EngineLossAndGradient(batchData);
        adam.Step(network.Parameters, gradient);
        return network.Parameters[0];
    }
}
