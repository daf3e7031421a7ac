using FsCheck;
using FsCheck.Fluent;

namespace Downhill.Tests.Landscapes;

/// <summary>FsCheck generators for points in bounded boxes (property tests must not wander off to ±1e300).</summary>
internal static class RandomPoints
{
    /// <summary>A uniformly spread number in [min, max] on a grid of a million steps.</summary>
    public static Gen<double> Between(double min, double max) =>
        Gen.Choose(0, 1_000_000).Select(i => min + (max - min) * i / 1_000_000.0);

    /// <summary>A point with one coordinate per range.</summary>
    public static Gen<double[]> In(IReadOnlyList<(double Min, double Max)> ranges) =>
        Gen.CollectToArray(ranges.Select(r => Between(r.Min, r.Max)));

    /// <summary>A vector of length 1 to <paramref name="maxLength"/> with entries in [min, max].</summary>
    public static Gen<double[]> Vector(int maxLength, double min, double max) =>
        Gen.Choose(1, maxLength).SelectMany(n => Gen.ArrayOf(Between(min, max), n));
}
