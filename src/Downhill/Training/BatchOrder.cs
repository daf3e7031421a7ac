namespace Downhill;

/// <summary>
/// The order in which training visits the examples, epoch by epoch: reshuffled each epoch from one seeded
/// random source (so the same seed replays the same orders) as <see cref="Shuffling"/> says, or kept in file
/// order for full-batch training, where the order cannot change the step.
/// </summary>
internal sealed class BatchOrder
{
    private readonly ShuffleRandom random;
    private readonly Shuffling? shuffling;

    /// <param name="count">How many examples.</param>
    /// <param name="seed">Seeds every epoch's order.</param>
    /// <param name="shuffling">How to shuffle; null keeps file order.</param>
    public BatchOrder(int count, int seed, Shuffling? shuffling)
    {
        random = new ShuffleRandom(seed);
        this.shuffling = shuffling;
        if (shuffling is not { KeepsBlocks: true })
        {
            Rows = new int[count];
            for (var i = 0; i < count; i++) Rows[i] = i;
            return;
        }
        // Block shuffling writes every row's place afresh each epoch, so its rows need no file order to start from.
        Rows = GC.AllocateUninitializedArray<int>(count);
        var blocks = new int[(count + shuffling.RowsPerBlock - 1) / shuffling.RowsPerBlock];
        for (var b = 0; b < blocks.Length; b++) blocks[b] = b;
        Runs = new BlockRuns(blocks, shuffling.RowsPerBlock, shuffling.BlocksMixed, shuffling.MixesExamples);
    }

    /// <summary>For block shuffling, how this epoch's rows are laid out in runs of blocks; null otherwise.</summary>
    public BlockRuns? Runs { get; }

    /// <summary>The example indices in this epoch's order (with block shuffling, from the first <see cref="NextEpoch"/> on).</summary>
    public int[] Rows { get; }

    /// <summary>Moves to the next epoch's order.</summary>
    public void NextEpoch()
    {
        if (shuffling is null) return;
        if (Runs is null) SeededShuffle.ShuffleInPlace(Rows, random);
        else ShuffleBlocks(Runs);
    }

    /// <summary>Lays the blocks out in a new order, then shuffles the examples of each run of blocks among themselves (if it mixes them).</summary>
    private void ShuffleBlocks(BlockRuns runs)
    {
        var (blocks, rowsPerBlock, mixed, count) = (runs.BlockOrder, runs.RowsPerBlock, runs.BlocksPerRun, Rows.Length);
        SeededShuffle.ShuffleInPlace(blocks, random);
        var next = 0;
        for (var first = 0; first < blocks.Length; first += mixed)
        {
            var runStart = next;
            foreach (var block in blocks.AsSpan(first, Math.Min(mixed, blocks.Length - first)))
            {
                var firstRow = block * rowsPerBlock;
                var rows = Rows.AsSpan(next, Math.Min(rowsPerBlock, count - firstRow));
                for (var k = 0; k < rows.Length; k++) rows[k] = firstRow + k;
                next += rows.Length;
            }
            if (runs.MixesExamples) SeededShuffle.ShuffleInPlace(Rows.AsSpan(runStart, next - runStart), random);
        }
    }
}
