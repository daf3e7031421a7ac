using BenchmarkDotNet.Attributes;
using Downhill.Data;
using Downhill.Models;
using Downhill.Optimizers;
using Downhill.Training;

namespace Downhill.Benchmarks;

/// <summary>
/// One epoch of mini-batch SGD (batch 64, shuffled with a seed) for linear regression on 1,000,000 × 16 doubles,
/// through <see cref="Trainer.TrainOneEpoch"/>: shuffle, gather each batch, loss and gradient, step.
/// Target from the issue: within 3× of one streaming read of the same data, measured in the same run.
/// Each epoch starts again from w = 0, so every invocation does the same work.
///
/// Two more yardsticks: the same read as a plain scalar loop, and a plain read of the rows in the epoch's
/// shuffled order — what visiting a million scattered rows costs before any arithmetic is done on them.
/// </summary>
[MemoryDiagnoser]
public class MiniBatchEpochBenchmarks
{
    private const int Seed = 1;

    private Dataset data = null!;
    private int[] epochOrder = [];
    private readonly LinearRegression model = new(RegressionData.Features);
    private readonly GradientDescent sgd = new(learningRate: 0.01);

    /// <summary>The data, and the order the epoch visits it in (the trainer's shuffle with the same seed).</summary>
    [GlobalSetup]
    public void Generate()
    {
        data = RegressionData.Generate();
        epochOrder = SeededShuffle.Permutation(data.Count, new Random(Seed));
        var loss = OneEpoch();
        if (!double.IsFinite(loss))
            throw new InvalidOperationException($"The epoch blew up (mean batch loss {loss}), so it would not measure a whole epoch.");
    }

    [Benchmark(Baseline = true, Description = "streaming read (vector sum)")]
    public double StreamingRead() => RegressionData.StreamingSum(data);

    [Benchmark(Description = "plain scalar sum")]
    public double ScalarRead() => RegressionData.ScalarSum(data);

    [Benchmark(Description = "plain read in the epoch's shuffled order")]
    public double ShuffledRead() => RegressionData.ShuffledSum(data, epochOrder);

    [Benchmark(Description = "one epoch, batch 64, SGD")]
    public double OneEpoch()
    {
        model.Reset();
        return Trainer.TrainOneEpoch(model, data, sgd, batchSize: 64, seed: Seed);
    }
}
