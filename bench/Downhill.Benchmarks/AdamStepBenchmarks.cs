using BenchmarkDotNet.Attributes;
namespace Downhill.Benchmarks;
/// <summary>
/// Adam on Rosenbrock (a = 1, b = 100) from (−1.5, 2) with PyTorch's defaults, for a fixed number of steps.
/// Target from the issue: through the library's general API within 1.5× of a hand-written two-parameter
/// loop. The optimizer allocates nothing per step; the landscape's gradient is a new two-element array per step
/// (the price of a Gradient(w) that reads like the formula), shown in the allocation column.
///
/// "The general API" is measured two ways. The loop a student writes — <c>optimizer.Step(w, landscape.Gradient(w))</c>
/// on arrays of any length — is what the targets are about. <c>Descent.Run</c> also
/// evaluates Q and ‖∇Q‖ and records every step (a trajectory to plot), so it allocates per step by design;
/// it is shown for what that recording costs.
/// </summary>
[MemoryDiagnoser]
public class AdamStepBenchmarks
{
    private const double StartX = -1.5;
    private const double StartY = 2;

    private readonly Rosenbrock rosenbrock = new();

    [Params(10_000, 100_000)]
    public int Steps { get; set; }

    /// <summary>All three must end on the same point, to the last bit: otherwise they are not doing the same work.</summary>
    [GlobalSetup]
    public void CheckAllAgree()
    {
        var hand = HandWritten();
        var library = LibraryLoop();
        var run = DescentRun();
        if (hand != library || run.Steps != Steps || run.Final[0] + run.Final[1] != hand)
            throw new InvalidOperationException(
                $"The hand-written loop ends at x + y = {hand:R}, the library's loop at {library:R}, Descent.Run after {run.Steps} steps at {run.Final[0] + run.Final[1]:R}.");
    }

    /// <summary>PyTorch's Adam written out with plain doubles, the Rosenbrock gradient inlined.</summary>
    [Benchmark(Baseline = true, Description = "hand-written Adam, two doubles")]
    public double HandWritten()
    {
        const double learningRate = 1e-3, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8;
        double x = StartX, y = StartY, mx = 0, my = 0, vx = 0, vy = 0;
        for (var t = 1; t <= Steps; t++)
        {
            var valley = y - x * x;
            var gx = -2 * (1 - x) - 400 * x * valley;
            var gy = 200 * valley;
            // m ← m + (1 − β₁)(g − m), PyTorch's lerp;  v ← β₂v + (1 − β₂)g².
            mx += (1 - beta1) * (gx - mx);
            my += (1 - beta1) * (gy - my);
            vx = beta2 * vx + (1 - beta2) * gx * gx;
            vy = beta2 * vy + (1 - beta2) * gy * gy;
            var stepSize = learningRate / (1 - Math.Pow(beta1, t));
            var correction2Sqrt = Math.Sqrt(1 - Math.Pow(beta2, t));
            x -= stepSize * mx / (Math.Sqrt(vx) / correction2Sqrt + epsilon);
            y -= stepSize * my / (Math.Sqrt(vy) / correction2Sqrt + epsilon);
        }
        return x + y;
    }

    /// <summary>What a student writes with the library: any landscape, any optimizer, vectors of any length.</summary>
    [Benchmark(Description = "library: Step(w, Gradient(w))")]
    public double LibraryLoop()
    {
        Landscape landscape = rosenbrock;
        Optimizer optimizer = new Adam();
        double[] w = [StartX, StartY];
        for (var t = 0; t < Steps; t++)
            optimizer.Step(w, landscape.Gradient(w));
        return w[0] + w[1];
    }

    /// <summary>The library's run: the same steps, plus Q, ‖∇Q‖ and a copy of w recorded at every one.</summary>
    [Benchmark(Description = "library: Descent.Run (records each step)")]
    public Trajectory DescentRun() => Descent.Run(rosenbrock, new Adam(), [StartX, StartY], Steps, tolerance: 0);
}
