using BenchmarkDotNet.Attributes;
namespace Downhill.Benchmarks;

/// <summary>
/// Lesson 03's noise experiments in miniature: 2,000 steps of <see cref="Descent.Run"/> on the parabola Q = 2x², plain
/// against a noisy gradient (<see cref="Landscape.WithGradientNoise"/>, σ = 1). Target: the noisy run within 2× of
/// the plain one — the noise is one Gaussian draw per step, and should cost about that.
/// </summary>
[MemoryDiagnoser]
public class NoisyStepBenchmarks
{
    private const int Steps = 2000;
    private readonly Landscape parabola = Landscape.Parabola(2);

    [Benchmark(Baseline = true, Description = "2,000 plain steps")]
    public Trajectory Plain() => Descent.Run(parabola, new GradientDescent(0.1), [1.0], Steps, tolerance: 0);

    [Benchmark(Description = "2,000 noisy steps (σ = 1)")]
    public Trajectory Noisy() =>
        Descent.Run(Landscape.WithGradientNoise(parabola, 1, seed: 7), new GradientDescent(0.1), [1.0], Steps, tolerance: 0);
}
