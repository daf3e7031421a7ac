using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Downhill.Benchmarks;

/// <summary>Cells a student runs, timed as round trips through the kernel's sockets.</summary>
internal static class KernelCells
{
    /// <summary>The first cell of a lesson: load the kit, then a chart.</summary>
    public const string LoadKitAndDraw = """
        #r "nuget: Plotly.NET, 6.0.0"
        using Downhill;
        var curve = Landscape.Parabola();
        Plots.BallOnCurve(curve, Descent.Run(curve, new GradientDescent(0.1), [2.5], 40))
        """;

    /// <summary>What a student reruns after editing α: 100 descent steps and their chart.</summary>
    public const string SmallRerun = """
        double alpha = 0.1;
        var rerun = Descent.Run(curve, new GradientDescent(alpha), [2.5], 100);
        Plots.LossCurve(rerun)
        """;
}

/// <summary>
/// The first cell after ready (the kit loaded and a chart drawn) in a fresh kernel each time.
/// Target from the issue: under 2 s.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 8, invocationCount: 1)]
public class KernelFirstCellBenchmarks
{
    private KernelBenchClient? _kernel;

    [IterationSetup]
    public void StartKernel()
    {
        _kernel = KernelBenchClient.StartDownhill();
        _kernel.WaitUntilReady();
    }

    [Benchmark]
    public void First_cell_loads_the_kit_and_draws_a_chart() => _kernel!.Execute(KernelCells.LoadKitAndDraw);

    [IterationCleanup]
    public void StopKernel()
    {
        _kernel?.Dispose();
        _kernel = null;
    }
}

/// <summary>
/// Rerunning a small cell (α = 0.1, 100 descent steps, chart) in a warm kernel: round trip from
/// execute_request to idle. Target from the issue: median under 30 ms.
/// </summary>
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 15)]
[MedianColumn]
public class KernelRerunBenchmarks
{
    private KernelBenchClient? _kernel;

    [GlobalSetup]
    public void StartWarmKernel()
    {
        _kernel = KernelBenchClient.StartDownhill();
        _kernel.WaitUntilReady();
        _kernel.Execute(KernelCells.LoadKitAndDraw);
    }

    [Benchmark]
    public void Rerun_small_cell() => _kernel!.Execute(KernelCells.SmallRerun);

    [GlobalCleanup]
    public void StopKernel() => _kernel?.Dispose();
}
