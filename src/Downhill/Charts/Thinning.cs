namespace Downhill;

/// <summary>
/// Shortens a very long curve for drawing without hiding its spikes: the points are cut into buckets and
/// each bucket keeps its first, lowest, highest and last point, in order. A 100 000-step loss curve then
/// costs a few hundred kilobytes of JSON instead of several megabytes, and still looks the same on screen.
/// </summary>
internal static class Thinning
{
    /// <summary>More points than this are thinned (a chart is under 1000 pixels wide).</summary>
    public const int MaxPoints = 4000;

    public static (List<double> X, List<double> Y) MinMax(IReadOnlyList<double> x, IReadOnlyList<double> y, int count)
    {
        var keptX = new List<double>();
        var keptY = new List<double>();
        if (count <= MaxPoints)
        {
            for (var i = 0; i < count; i++) { keptX.Add(x[i]); keptY.Add(y[i]); }
            return (keptX, keptY);
        }
        var buckets = MaxPoints / 4;
        for (var b = 0; b < buckets; b++)
        {
            var start = (int)((long)b * count / buckets);
            var end = (int)((long)(b + 1) * count / buckets);
            int low = start, high = start;
            for (var i = start; i < end; i++)
            {
                if (y[i] < y[low]) low = i;
                if (y[i] > y[high]) high = i;
            }
            foreach (var i in new SortedSet<int> { start, low, high, end - 1 })
            {
                keptX.Add(x[i]);
                keptY.Add(y[i]);
            }
        }
        return (keptX, keptY);
    }
}
