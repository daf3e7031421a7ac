using BenchmarkDotNet.Attributes;
namespace Downhill.Benchmarks;

/// <summary>
/// Lesson 03's noise experiments in miniature: 2,000 steps of <see cref="Descent.Run"/> on the parabola Q = 2x², plain
/// against a noisy gradient (<see cref="Landscape.WithGradientNoise"/>, σ = 1). Target: the noisy run within 2× of
/// the plain one — the noise is one Gaussian draw per step, and should cost about that. α = 0.01 shrinks x by 0.96 a
/// step, so the plain run takes all 2,000 steps too (with α = 0.1, x underflows to 0 after about 1,400 and the run
/// stops as converged, which made the plain run look cheaper per step than it is).
/// The hand-written loop is the yardstick: the same noisy steps with nothing recorded but the losses.
/// </summary>
[MemoryDiagnoser]
public class NoisyStepBenchmarks
{
    private const int Steps = 2000;
    private const double Rate = 0.01;
    private readonly Landscape parabola = Landscape.Parabola(2);

    [Benchmark(Baseline = true, Description = "2,000 plain steps")]
    public Trajectory Plain() => Descent.Run(parabola, new GradientDescent(Rate), [1.0], Steps, tolerance: 0);

    [Benchmark(Description = "2,000 noisy steps (σ = 1)")]
    public Trajectory Noisy() =>
        Descent.Run(Landscape.WithGradientNoise(parabola, 1, seed: 7), new GradientDescent(Rate), [1.0], Steps, tolerance: 0);

    [Benchmark(Description = "2,000 noisy steps, a hand-written loop")]
    public double[] HandWrittenNoisy()
    {
        var random = new Random(7);
        var losses = new double[Steps + 1];
        var x = 1.0;
        losses[0] = 2 * x * x;
        for (var k = 1; k <= Steps; k++)
        {
            var u1 = 1.0 - random.NextDouble();
            var u2 = random.NextDouble();
            var noise = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
            x -= Rate * (4 * x + noise);
            losses[k] = 2 * x * x;
        }
        return losses;
    }
}
