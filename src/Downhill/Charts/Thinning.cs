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
        if (count <= MaxPoints) return (x.Take(count).ToList(), y.Take(count).ToList());
        var keptX = new List<double>();
        var keptY = new List<double>();
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

    /// <summary>
    /// The steps of a 1-D run worth drawing: the first and the last, every turning point (where the ball changes
    /// direction) and, in between, a step whenever the ball has moved at least <paramref name="gap"/> since the last one
    /// kept — so the drawn path follows the curve over a hump instead of cutting a straight chord across it, as
    /// evenly spaced steps did when the ball moved fast early on. The gap doubles until at most <paramref name="most"/> are kept.
    /// </summary>
    public static List<int> PathSteps(IReadOnlyList<double> w, double gap, int most)
    {
        while (true)
        {
            var kept = new List<int> { 0 };
            for (var k = 1; k < w.Count - 1; k++)
            {
                var turning = (w[k] - w[k - 1]) * (w[k + 1] - w[k]) < 0;
                if (turning || Math.Abs(w[k] - w[kept[^1]]) >= gap) kept.Add(k);
            }
            if (w.Count > 1) kept.Add(w.Count - 1);
            if (kept.Count <= most || !(gap > 0) || double.IsInfinity(gap)) return kept;
            gap *= 2;
        }
    }

    /// <summary>At most <paramref name="most"/> step indices from 0 to <paramref name="last"/>, evenly spread, always with both ends.</summary>
    public static List<int> Even(int last, int most)
    {
        if (last + 1 <= most) return Enumerable.Range(0, last + 1).ToList();
        return Enumerable.Range(0, most).Select(i => (int)Math.Round((double)i * last / (most - 1))).Distinct().ToList();
    }
}
