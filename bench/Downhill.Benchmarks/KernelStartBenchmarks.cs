using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Downhill.Benchmarks;

/// <summary>
/// Start to ready (kernel_info answered) of the C# (Downhill) kernel against Debian's Python kernel
/// (ipykernel), both started the way their kernelspecs start them, by the same client, in the same
/// run. Target from the issue: no slower than ipykernel.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 10, invocationCount: 1)]
public class KernelStartBenchmarks
{
    private KernelBenchClient? _kernel;

    [Benchmark(Baseline = true)]
    public void Ipykernel_start_to_ready()
    {
        _kernel = KernelBenchClient.StartIpykernel();
        _kernel.WaitUntilReady();
    }

    [Benchmark]
    public void Downhill_start_to_ready()
    {
        _kernel = KernelBenchClient.StartDownhill();
        _kernel.WaitUntilReady();
    }

    [IterationCleanup]
    public void StopKernel()
    {
        _kernel?.Dispose();
        _kernel = null;
    }
}
