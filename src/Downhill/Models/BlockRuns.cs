namespace Downhill;

/// <summary>
/// The layout of a block-shuffled epoch (<c>Shuffling.Blocks</c>): the blocks of neighbouring rows in this
/// epoch's order, taken <see cref="BlocksPerRun"/> at a time, each run's rows mixed among themselves unless
/// <see cref="MixesExamples"/> is false. Knowing it, the gather can ask for the next run's rows in file order —
/// long stretches of memory, which arrive quickly — while it trains on this run, so that each run is already in
/// the cache when it is read.
/// </summary>
internal sealed class BlockRuns(int[] blockOrder, int rowsPerBlock, int blocksPerRun, bool mixesExamples = true)
{
    /// <summary>The blocks in this epoch's order (the array is refilled each epoch).</summary>
    public int[] BlockOrder { get; } = blockOrder;

    /// <summary>Neighbouring rows per block (the last block of the data may be short).</summary>
    public int RowsPerBlock { get; } = rowsPerBlock;

    /// <summary>Blocks whose rows are mixed together.</summary>
    public int BlocksPerRun { get; } = blocksPerRun;

    /// <summary>Whether each run's rows are shuffled; if not, a batch inside one block is a stretch of neighbouring rows.</summary>
    public bool MixesExamples { get; } = mixesExamples;

    /// <summary>The rows of a run of full blocks.</summary>
    public int RowsPerRun => RowsPerBlock * BlocksPerRun;
}
