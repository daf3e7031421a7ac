using Downhill.Data;

namespace Downhill.Training;

/// <summary>
/// The order in which training visits the examples, epoch by epoch: reshuffled each epoch from one seeded
/// random source (so the same seed replays the same orders), or kept in file order for full-batch training,
/// where the order cannot change the step.
/// </summary>
internal sealed class BatchOrder
{
    private readonly Random random;
    private readonly bool shuffle;

    public BatchOrder(int count, int seed, bool shuffle)
    {
        random = new Random(seed);
        this.shuffle = shuffle;
        Rows = new int[count];
        for (var i = 0; i < count; i++) Rows[i] = i;
    }

    /// <summary>The example indices in this epoch's order.</summary>
    public int[] Rows { get; }

    /// <summary>Moves to the next epoch's order.</summary>
    public void NextEpoch()
    {
        if (shuffle) SeededShuffle.ShuffleInPlace(Rows, random);
    }
}
