using BenchmarkDotNet.Attributes;
namespace Downhill.Benchmarks;

/// <summary>
/// One epoch of mini-batch SGD (batch 64, shuffled with a seed) for linear regression on 1,000,000 × 16 doubles,
/// through <see cref="Trainer.TrainOneEpoch"/>: build the epoch's order, gather each batch, loss and gradient, step.
/// Target from the issue: within 3× of one streaming read of the same data, measured in the same run.
/// Each epoch starts again from w = 0, so every invocation does the same work.
///
/// Three ways to shuffle: every example (<see cref="Shuffling.Examples"/>, the default), blocks of neighbours
/// mixed a few blocks at a time (<see cref="Shuffling.Blocks"/>, meant for data this size), and blocks of neighbours
/// in a new order, each kept in file order (<see cref="Shuffling.BlocksInFileOrder"/>). Yardsticks beside them:
/// the same read as a plain scalar loop, and plain reads of the rows in each epoch order — what visiting the rows
/// in that order costs before any arithmetic is done on them.
/// </summary>
[MemoryDiagnoser]
public class MiniBatchEpochBenchmarks
{
    private const int Seed = 1;

    private Dataset data = null!;
    private int[] examplesOrder = [];
    private int[] blocksOrder = [];
    private int[] blocksInFileOrder = [];
    private readonly LinearRegression model = new(RegressionData.Features);
    private readonly GradientDescent sgd = new(learningRate: 0.01);

    /// <summary>The data, and the orders an epoch visits it in (the trainer's shuffles with the same seed).</summary>
    [GlobalSetup]
    public void Generate()
    {
        data = RegressionData.Generate();
        examplesOrder = FirstEpochOrder(Shuffling.Examples);
        blocksOrder = FirstEpochOrder(Shuffling.Blocks());
        blocksInFileOrder = FirstEpochOrder(Shuffling.BlocksInFileOrder());
        foreach (var loss in new[] { EpochShufflingExamples(), EpochShufflingBlocks(), EpochShufflingBlocksInFileOrder() })
            if (!double.IsFinite(loss))
                throw new InvalidOperationException($"The epoch blew up (mean batch loss {loss}), so it would not measure a whole epoch.");
    }

    private int[] FirstEpochOrder(Shuffling shuffling)
    {
        var order = new BatchOrder(data.Count, Seed, shuffling);
        order.NextEpoch();
        return order.Rows;
    }

    [Benchmark(Baseline = true, Description = "streaming read (vector sum)")]
    public double StreamingRead() => RegressionData.StreamingSum(data);

    [Benchmark(Description = "plain scalar sum")]
    public double ScalarRead() => RegressionData.ScalarSum(data);

    [Benchmark(Description = "plain read, examples shuffled")]
    public double ReadShufflingExamples() => RegressionData.ShuffledSum(data, examplesOrder);

    [Benchmark(Description = "plain read, blocks shuffled")]
    public double ReadShufflingBlocks() => RegressionData.ShuffledSum(data, blocksOrder);

    [Benchmark(Description = "plain read, blocks shuffled, each in file order")]
    public double ReadShufflingBlocksInFileOrder() => RegressionData.ShuffledSum(data, blocksInFileOrder);

    [Benchmark(Description = "one epoch, batch 64, SGD, examples shuffled")]
    public double EpochShufflingExamples()
    {
        model.Reset();
        return Trainer.TrainOneEpoch(model, data, sgd, batchSize: 64, seed: Seed);
    }

    [Benchmark(Description = "one epoch, batch 64, SGD, blocks shuffled")]
    public double EpochShufflingBlocks()
    {
        model.Reset();
        return Trainer.TrainOneEpoch(model, data, sgd, batchSize: 64, seed: Seed, Shuffling.Blocks());
    }

    [Benchmark(Description = "one epoch, batch 64, SGD, blocks shuffled, each in file order")]
    public double EpochShufflingBlocksInFileOrder()
    {
        model.Reset();
        return Trainer.TrainOneEpoch(model, data, sgd, batchSize: 64, seed: Seed, Shuffling.BlocksInFileOrder());
    }
}
