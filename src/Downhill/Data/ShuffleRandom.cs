namespace Downhill;

/// <summary>
/// The random source behind training's epoch shuffles: xoshiro256** (Blackman and Vigna), seeded through
/// SplitMix64, with Lemire's unbiased draw below a bound. An epoch over a million examples draws a million
/// numbers, and a seeded <see cref="Random"/> runs .NET's legacy subtractive generator, whose draws cost
/// several times as much — in a fast epoch the shuffle alone took longer than reading the data. Being a few
/// lines of our own, it gives the same numbers from the same seed on every machine and .NET version.
/// </summary>
internal sealed class ShuffleRandom
{
    private ulong s0, s1, s2, s3;

    public ShuffleRandom(int seed)
    {
        var x = (ulong)(uint)seed;
        (s0, s1, s2, s3) = (SplitMix64(ref x), SplitMix64(ref x), SplitMix64(ref x), SplitMix64(ref x));
    }

    /// <summary>A whole number in [0, <paramref name="bound"/>), every value equally likely.</summary>
    public int NextBelow(int bound)
    {
        // Lemire (2019): the high half of a 32×32-bit product is uniform on [0, bound) once the rare low
        // halves that would favour some values are drawn again.
        var product = (ulong)NextUInt32() * (uint)bound;
        if ((uint)product < (uint)bound)
        {
            var threshold = (uint)-bound % (uint)bound;
            while ((uint)product < threshold) product = (ulong)NextUInt32() * (uint)bound;
        }
        return (int)(product >> 32);
    }

    private uint NextUInt32() => (uint)(Next() >> 32);

    private ulong Next()
    {
        var result = ulong.RotateLeft(s1 * 5, 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = ulong.RotateLeft(s3, 45);
        return result;
    }

    private static ulong SplitMix64(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
