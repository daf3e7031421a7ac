namespace Downhill;

/// <summary>
/// Fisher–Yates shuffling driven by <see cref="Random"/> with a seed. A seeded <see cref="Random"/> uses .NET's
/// fixed legacy algorithm, so the same seed gives the same order on every machine and .NET version.
/// </summary>
internal static class SeededShuffle
{
    /// <summary>0, 1, …, count−1 in a random order decided by <paramref name="random"/>.</summary>
    public static int[] Permutation(int count, Random random)
    {
        int[] order = [.. Enumerable.Range(0, count)];
        ShuffleInPlace(order, random);
        return order;
    }

    /// <summary>Reorders <paramref name="items"/> in place.</summary>
    public static void ShuffleInPlace(Span<int> items, Random random)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
