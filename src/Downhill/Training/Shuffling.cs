namespace Downhill;

/// <summary>
/// How training reorders the examples before each epoch. <see cref="Examples"/> (the default) draws a fresh
/// order of every example, as PyTorch's <c>DataLoader(shuffle=True)</c> does. <see cref="Blocks"/> trades a
/// little randomness for speed on data far larger than the processor's cache: it shuffles the order of blocks
/// of neighbouring examples, then mixes the examples of a few blocks at a time, so each batch still draws from
/// several distant parts of the data while memory is read in runs. (This is the block-then-buffer shuffle that
/// databases use for training on large tables, e.g. CorgiPile, SIGMOD 2022.) <see cref="BlocksInFileOrder"/> goes
/// further and mixes nothing: batches are runs of neighbours taken in a new block order, the fastest and the least
/// random. All three visit every example exactly once per epoch, and replay the same orders from the same seed.
/// </summary>
public sealed class Shuffling
{
    private Shuffling(int rowsPerBlock, int blocksMixed, bool mixesExamples = true) =>
        (RowsPerBlock, BlocksMixed, MixesExamples) = (rowsPerBlock, blocksMixed, mixesExamples);

    /// <summary>Every epoch, a new order of all the examples: the most random, and the usual choice.</summary>
    public static Shuffling Examples { get; } = new(1, 1);

    /// <summary>
    /// Every epoch, a new order of blocks of <paramref name="rowsPerBlock"/> neighbouring examples; the examples of
    /// each run of <paramref name="blocksMixed"/> blocks are shuffled among themselves. Use it when an epoch over a
    /// large data set waits on memory; shuffle the file's rows once beforehand if neighbours are alike (sorted data).
    /// </summary>
    /// <param name="rowsPerBlock">Neighbouring examples that stay together in the block order; at least 1.</param>
    /// <param name="blocksMixed">Blocks whose examples are mixed with each other; at least 1.</param>
    public static Shuffling Blocks(int rowsPerBlock = 256, int blocksMixed = 8) =>
        new(Guard.AtLeast(rowsPerBlock, 1, "the rows per block"), Guard.AtLeast(blocksMixed, 1, "the blocks mixed together"));

    /// <summary>
    /// Every epoch, a new order of blocks of <paramref name="rowsPerBlock"/> neighbouring examples, each block kept in
    /// file order: a batch is a run of neighbours, read in one stretch of memory while the next block is fetched.
    /// Only as random as the file's own order — in a file sorted by price, a batch would hold near-identical houses
    /// — so shuffle the rows once beforehand unless they are in no particular order. With a batch size that divides
    /// the block, the batches are the same every epoch and only their order changes.
    /// </summary>
    /// <param name="rowsPerBlock">Neighbouring examples that stay together, in file order; at least 1.</param>
    public static Shuffling BlocksInFileOrder(int rowsPerBlock = 256) =>
        new(Guard.AtLeast(rowsPerBlock, 1, "the rows per block"), 1, mixesExamples: false);

    /// <summary>Neighbouring examples kept together in the block order (1 for <see cref="Examples"/>).</summary>
    public int RowsPerBlock { get; }

    /// <summary>Blocks whose examples are shuffled among themselves.</summary>
    public int BlocksMixed { get; }

    /// <summary>Whether the examples of a run of blocks are shuffled among themselves (not so for <see cref="BlocksInFileOrder"/>).</summary>
    public bool MixesExamples { get; }

    /// <summary>Whether neighbouring examples stay together in blocks (blocks of one are the ordinary shuffle).</summary>
    internal bool KeepsBlocks => RowsPerBlock > 1;

    /// <inheritdoc />
    public override string ToString() => !KeepsBlocks
        ? "examples shuffled"
        : MixesExamples
            ? $"blocks of {RowsPerBlock} shuffled, {BlocksMixed} at a time mixed"
            : $"blocks of {RowsPerBlock} shuffled, each in file order";
}
