namespace Downhill.Tests.Training;

/// <summary>Shuffling blocks of neighbouring examples, then the examples of a few blocks at a time, or none.</summary>
public sealed class BlockShufflingTests
{
    private static int[][] Epochs(int count, int seed, Shuffling shuffling, int epochs)
    {
        var order = new BatchOrder(count, seed, shuffling);
        return Enumerable.Range(0, epochs).Select(_ =>
        {
            order.NextEpoch();
            return (int[])order.Rows.Clone();
        }).ToArray();
    }

    [Fact]
    public void Every_epoch_visits_every_example_once_also_when_the_last_block_is_short()
    {
        foreach (var rows in Epochs(1000, seed: 1, Shuffling.Blocks(64, 4), epochs: 3))
            Assert.Equal(Enumerable.Range(0, 1000), rows.Order());
    }

    [Fact]
    public void The_same_seed_replays_the_orders_and_each_epoch_is_new()
    {
        var first = Epochs(1000, seed: 3, Shuffling.Blocks(64, 4), epochs: 3);
        var again = Epochs(1000, seed: 3, Shuffling.Blocks(64, 4), epochs: 3);
        var other = Epochs(1000, seed: 4, Shuffling.Blocks(64, 4), epochs: 3);

        Assert.Equal(first, again);
        Assert.NotEqual(first[0], other[0]);
        Assert.NotEqual(first[0], first[1]);
    }

    [Fact]
    public void Each_run_mixes_the_examples_of_its_blocks_and_only_theirs()
    {
        const int rowsPerBlock = 64, blocksMixed = 4, run = rowsPerBlock * blocksMixed;
        var rows = Epochs(4096, seed: 5, Shuffling.Blocks(rowsPerBlock, blocksMixed), epochs: 1)[0];

        for (var start = 0; start < rows.Length; start += run)
        {
            var blocks = rows[start..(start + run)].Select(row => row / rowsPerBlock).ToArray();
            // A run holds whole blocks: four of them, all 64 examples of each.
            Assert.Equal(blocksMixed, blocks.Distinct().Count());
            Assert.All(blocks.CountBy(b => b), pair => Assert.Equal(rowsPerBlock, pair.Value));
            // A batch of 64 taken from the run is not one block's neighbours but draws on all four blocks.
            Assert.Equal(blocksMixed, blocks[..64].Distinct().Count());
        }
        // The runs' blocks are far apart: the block order is shuffled, not kept.
        Assert.NotEqual(Enumerable.Range(0, 64), rows.Where((_, i) => i % run == 0).Select(r => r / rowsPerBlock).Order().Take(64));
    }

    [Fact]
    public void Asking_for_the_next_run_ahead_changes_no_result() =>
        // The run layout only tells the gather which rows to request early.
        AssertSameBitsWithAndWithoutTheRunLayout(Shuffling.Blocks(100, 4), dataSeed: 8);

    [Fact]
    public void A_batch_read_where_it_lies_gives_the_same_bits_as_a_gathered_one() =>
        // Blocks of 100 and batches of 64: most batches lie inside a block, some straddle two and are gathered.
        AssertSameBitsWithAndWithoutTheRunLayout(Shuffling.BlocksInFileOrder(100), dataSeed: 9);

    /// <summary>Every batch's loss and gradient are the same bits whether the model is told the run layout or not.</summary>
    private static void AssertSameBitsWithAndWithoutTheRunLayout(Shuffling shuffling, int dataSeed)
    {
        var random = new Random(dataSeed);
        var data = new Dataset(
            [.. Enumerable.Range(0, 3000).Select(_ => new[] { random.NextDouble(), random.NextDouble(), random.NextDouble() })],
            [.. Enumerable.Range(0, 3000).Select(_ => random.NextDouble())]);
        var order = new BatchOrder(data.Count, seed: 2, shuffling);
        order.NextEpoch();
        var model = new LinearRegression(3);
        model.SetParameters([0.3, -0.2, 0.5, 0.1]);
        var (plain, withRuns) = (new double[4], new double[4]);

        for (var first = 0; first < data.Count; first += 64)
        {
            var size = Math.Min(64, data.Count - first);
            var plainLoss = model.LossAndGradient(data, order.Rows, first, size, plain);
            var withRunsLoss = model.LossAndGradient(data, order.Rows, first, size, withRuns, order.Runs);

            Assert.Equal(BitConverter.DoubleToInt64Bits(plainLoss), BitConverter.DoubleToInt64Bits(withRunsLoss));
            Assert.Equal(plain.Select(BitConverter.DoubleToInt64Bits), withRuns.Select(BitConverter.DoubleToInt64Bits));
        }
    }

    [Fact]
    public void Blocks_of_one_example_are_an_ordinary_shuffle()
    {
        var rows = Epochs(500, seed: 2, Shuffling.Blocks(1, 1), epochs: 1)[0];

        Assert.Equal(Enumerable.Range(0, 500), rows.Order());
        Assert.NotEqual(Enumerable.Range(0, 500), rows);
    }

    public static TheoryData<string, string> BlockShufflings() => new()
    {
        { "mixed", "blocks of 64 shuffled, 8 at a time mixed" },
        { "in file order", "blocks of 256 shuffled, each in file order" },
    };

    [Theory]
    [MemberData(nameof(BlockShufflings))]
    public void Mini_batch_training_with_block_shuffling_reaches_the_least_squares_answer_and_says_how_it_shuffled(string kind, string described)
    {
        var shuffling = kind == "mixed" ? Shuffling.Blocks(64, 8) : Shuffling.BlocksInFileOrder(256);
        var data = Standardizer.Fit(Synthetic.NoisyLine(seed: 4, count: 2000), scaleTarget: true)
            .Transform(Synthetic.NoisyLine(seed: 4, count: 2000));
        var exact = LeastSquares.NormalEquation(data.FeatureRows(), data.Targets.ToArray());
        var model = LinearRegression.For(data);

        var history = Trainer.Fit(model, data, new GradientDescent(0.1), epochs: 3000, batchSize: 64, seed: 1,
            schedule: Schedule.InverseTime(2), tolerance: 1e-6, shuffling: shuffling);

        Assert.Equal($"GD α=0.1, batch 64 ({described})", history.Label);
        Assert.Equal(RunOutcome.Converged, history.Outcome);
        Assert.Equal(exact.Weights[0], model.Parameters[0], 1e-5);
        Assert.Equal(exact.Intercept, model.Parameters[1], 1e-5);
    }

    [Fact]
    public void Blocks_in_file_order_keep_each_block_whole_and_in_order_while_the_block_order_changes()
    {
        const int rowsPerBlock = 64;
        var epochs = Epochs(1000, seed: 6, Shuffling.BlocksInFileOrder(rowsPerBlock), epochs: 2);

        foreach (var rows in epochs)
        {
            Assert.Equal(Enumerable.Range(0, 1000), rows.Order());
            // Read block by block, the order is whole blocks, each as in the file (the last block, 960–999, is short).
            for (var position = 0; position < rows.Length;)
            {
                var first = rows[position];
                Assert.Equal(0, first % rowsPerBlock);
                var length = Math.Min(rowsPerBlock, 1000 - first);
                Assert.Equal(Enumerable.Range(first, length), rows.Skip(position).Take(length));
                position += length;
            }
        }
        Assert.NotEqual(epochs[0], epochs[1]);
        Assert.NotEqual(Enumerable.Range(0, 1000), epochs[0]);
    }

    [Fact]
    public void Blocks_refuse_sizes_below_one_with_a_sentence()
    {
        Assert.Equal("the rows per block must be at least 1; got 0.", Assert.Throws<ArgumentException>(() => Shuffling.Blocks(0)).Message);
        Assert.Equal("the blocks mixed together must be at least 1; got 0.", Assert.Throws<ArgumentException>(() => Shuffling.Blocks(64, 0)).Message);
        Assert.Equal("the rows per block must be at least 1; got 0.", Assert.Throws<ArgumentException>(() => Shuffling.BlocksInFileOrder(0)).Message);
    }
}
