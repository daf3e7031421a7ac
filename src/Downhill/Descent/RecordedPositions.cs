using System.Collections;
using System.Runtime.InteropServices;
namespace Downhill;

/// <summary>
/// A recorded run's positions, stored as one flat list of coordinates: position k is entries k·d to k·d + d − 1.
/// Position k is copied into an array of its own the first time it is read, and that same array is returned after.
/// Threads reading at once get correct positions (two of them may each get a copy of the same one).
/// </summary>
internal sealed class RecordedPositions(List<double> coordinates, int dimensions) : IReadOnlyList<double[]>
{
    private double[]?[]? read; // the arrays handed out so far; made on the first read

    public int Count => coordinates.Count / dimensions;

    public double[] this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            read ??= new double[Count][];
            return read[index] ??= CollectionsMarshal.AsSpan(coordinates).Slice(index * dimensions, dimensions).ToArray();
        }
    }

    public IEnumerator<double[]> GetEnumerator()
    {
        for (var k = 0; k < Count; k++) yield return this[k];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
