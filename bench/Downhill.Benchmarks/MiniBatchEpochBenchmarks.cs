using BenchmarkDotNet.Attributes;
namespace Downhill.Benchmarks;

/// <summary>
/// One epoch of mini-batch SGD (batch 64, shuffled with a seed) for linear regression on 1,000,000 × 16 doubles,
/// through <see cref="Trainer.TrainOneEpoch"/> — the plain loop <see cref="Trainer.Fit"/> runs: shuffle, then per
/// batch the loss and gradient one example at a time, then a step. For information (no target): beside it, one
/// streaming read of the same data and a plain read of its rows in the epoch's shuffled order, so the figure can
/// be read against what touching the data costs. Each epoch starts again from w = 0, so every invocation does
/// the same work.
/// </summary>
[MemoryDiagnoser]
public class MiniBatchEpochBenchmarks
{
    private const int Seed = 1;

    private Dataset data = null!;
    private int[] shuffledOrder = [];
    private readonly LinearRegression model = new(RegressionData.Features);
    private readonly GradientDescent sgd = new(learningRate: 0.01);

    /// <summary>The data, and the order the epoch visits it in (the trainer's shuffle with the same seed).</summary>
    [GlobalSetup]
    public void Generate()
    {
        data = RegressionData.Generate();
        shuffledOrder = [.. Enumerable.Range(0, data.Count)];
        SeededShuffle.ShuffleInPlace(shuffledOrder, new Random(Seed));
        var loss = Epoch();
        if (!double.IsFinite(loss))
            throw new InvalidOperationException($"The epoch blew up (mean batch loss {loss}), so it would not measure a whole epoch.");
    }

    [Benchmark(Baseline = true, Description = "streaming read (vector sum)")]
    public double StreamingRead() => RegressionData.StreamingSum(data);

    [Benchmark(Description = "plain read, rows in the shuffled order")]
    public double ReadShuffled() => RegressionData.ShuffledSum(data, shuffledOrder);

    [Benchmark(Description = "one epoch, batch 64, SGD, examples shuffled")]
    public double Epoch()
    {
        model.Reset();
        return Trainer.TrainOneEpoch(model, data, sgd, batchSize: 64, seed: Seed);
    }
}
