using BenchmarkDotNet.Attributes;
namespace Downhill.Benchmarks;

/// <summary>
/// The full-batch gradient of linear regression's mean squared error over 1,000,000 × 16 doubles
/// (<see cref="Model.Gradient(Dataset)"/>, one example at a time). For information (no target): beside it, one
/// streaming read of the same data and the same read as a plain scalar loop.
/// </summary>
[MemoryDiagnoser]
public class FullBatchGradientBenchmarks
{
    private Dataset data = null!;
    private readonly LinearRegression model = new(RegressionData.Features);

    /// <summary>The data, and parameters away from both zero and the answer, as in the middle of training.</summary>
    [GlobalSetup]
    public void Generate()
    {
        data = RegressionData.Generate();
        model.SetParameters([.. Enumerable.Range(0, RegressionData.Features + 1).Select(j => 0.5 * j)]);
        if (!FullBatchGradient().All(double.IsFinite))
            throw new InvalidOperationException("The gradient is not finite, so it would not measure a whole pass.");
    }

    [Benchmark(Baseline = true, Description = "streaming read (vector sum)")]
    public double StreamingRead() => RegressionData.StreamingSum(data);

    [Benchmark(Description = "plain scalar sum")]
    public double ScalarRead() => RegressionData.ScalarSum(data);

    [Benchmark(Description = "full-batch gradient")]
    public double[] FullBatchGradient() => model.Gradient(data);
}
