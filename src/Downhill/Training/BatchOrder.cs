using Downhill.Data;
using Downhill.Models;

namespace Downhill.Training;

/// <summary>
/// The order in which training visits the examples, epoch by epoch: reshuffled each epoch from one seeded
/// random source (so the same seed replays the same orders) as <see cref="Shuffling"/> says, or kept in file
/// order for full-batch training, where the order cannot change the step.
/// </summary>
internal sealed class BatchOrder
{
    private readonly ShuffleRandom random;
    private readonly Shuffling? shuffling;
    private readonly int[] blocks;

    /// <param name="count">How many examples.</param>
    /// <param name="seed">Seeds every epoch's order.</param>
    /// <param name="shuffling">How to shuffle; null keeps file order.</param>
    public BatchOrder(int count, int seed, Shuffling? shuffling)
    {
        random = new ShuffleRandom(seed);
        this.shuffling = shuffling;
        var blockCount = shuffling is { RowsPerBlock: > 1 } ? (count + shuffling.RowsPerBlock - 1) / shuffling.RowsPerBlock : 0;
        // Block shuffling writes every row's place afresh each epoch; the others start from file order.
        Rows = blockCount > 0 ? GC.AllocateUninitializedArray<int>(count) : new int[count];
        if (blockCount == 0)
            for (var i = 0; i < count; i++) Rows[i] = i;
        blocks = new int[blockCount];
        for (var b = 0; b < blockCount; b++) blocks[b] = b;
        if (blockCount > 0) Runs = new BlockRuns(blocks, shuffling!.RowsPerBlock, shuffling.BlocksMixed, count);
    }

    /// <summary>For block shuffling, how this epoch's rows are laid out in runs of blocks; null otherwise.</summary>
    public BlockRuns? Runs { get; }

    /// <summary>The example indices in this epoch's order (with block shuffling, from the first <see cref="NextEpoch"/> on).</summary>
    public int[] Rows { get; }

    /// <summary>Moves to the next epoch's order.</summary>
    public void NextEpoch()
    {
        if (shuffling is null) return;
        if (blocks.Length == 0) SeededShuffle.ShuffleInPlace(Rows, random);
        else ShuffleBlocks(shuffling.RowsPerBlock, shuffling.BlocksMixed);
    }

    /// <summary>Lays the blocks out in a new order, then shuffles the examples of each run of <paramref name="mixed"/> blocks among themselves.</summary>
    private void ShuffleBlocks(int rowsPerBlock, int mixed)
    {
        SeededShuffle.ShuffleInPlace(blocks, random);
        var count = Rows.Length;
        var next = 0;
        for (var first = 0; first < blocks.Length; first += mixed)
        {
            var runStart = next;
            foreach (var block in blocks.AsSpan(first, Math.Min(mixed, blocks.Length - first)))
                for (var row = block * rowsPerBlock; row < Math.Min(count, (block + 1) * rowsPerBlock); row++)
                    Rows[next++] = row;
            SeededShuffle.ShuffleInPlace(Rows.AsSpan(runStart, next - runStart), random);
        }
    }
}
