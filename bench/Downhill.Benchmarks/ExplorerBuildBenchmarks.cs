using BenchmarkDotNet.Attributes;

namespace Downhill.Benchmarks;

/// <summary>
/// How long building each explorer takes, as a lesson cell builds it (every run computed, the figure JSON written).
/// Target from the explorers' issue: well under a second each on the class machine (2 cores). The baseline is the
/// still ball-on-curve chart of one 40-step run, so the ratios say what the sliders' precomputed frames cost.
/// </summary>
[MemoryDiagnoser]
public class ExplorerBuildBenchmarks
{
    private readonly Landscape parabola = Landscape.Parabola(2);

    [Benchmark(Baseline = true, Description = "still chart: BallOnCurve, one 40-step run")]
    public Plot StillChart() => Plots.BallOnCurve(parabola, Descent.Run(parabola, new GradientDescent(0.15), [3.0], 40));

    [Benchmark(Description = "LearningRateExplorer on 2x², 40 steps")]
    public Plot LearningRateExplorer() => Plots.LearningRateExplorer(parabola, 3.0, 0.15, 40);

    [Benchmark(Description = "LockstepRates on 2x², 30 steps")]
    public Plot LockstepRates() => Plots.LockstepRates(parabola, 3.0);

    [Benchmark(Description = "DropTheBall on many valleys (141 starts × 5 β)")]
    public Plot DropTheBall() => Plots.DropTheBall(Landscape.ManyValleys(), 5.0);

    [Benchmark(Description = "SurfaceExplorer on Himmelblau (16 starts × 4 optimizers)")]
    public Plot SurfaceExplorer() => Plots.SurfaceExplorer(Landscape.Himmelblau());

    [Benchmark(Description = "MomentumPhaseDiagram, 40 × 40 cells")]
    public Plot MomentumPhaseDiagram() => Plots.MomentumPhaseDiagram();
}
