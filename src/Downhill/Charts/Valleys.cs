using System.Globalization;
namespace Downhill;

/// <summary>
/// Sorts runs by where they ended: which valley (known minimum, or a cluster of nearby end points),
/// or "diverged". Used by the basin map to colour each start point.
/// </summary>
internal static class Valleys
{
    public const int Diverged = -1;

    /// <summary>The valley of each run (an index into the returned names, or <see cref="Diverged"/>) and each valley's name.</summary>
    public static (int[] Valley, List<string> Names, List<double[]> Bottoms) Assign(Landscape landscape, IReadOnlyList<Trajectory> runs)
    {
        // Two end points closer than 2% of the plotted region's diagonal count as the same valley.
        var diagonal = Math.Sqrt(landscape.PlotRange.Sum(r => (r.Max - r.Min) * (r.Max - r.Min)));
        var tolerance = 0.02 * diagonal;
        var bottoms = new List<double[]>(landscape.KnownMinima.Select(m => (double[])m.Clone()));
        var known = bottoms.Count;
        var valley = new int[runs.Count];
        for (var i = 0; i < runs.Count; i++)
        {
            if (runs[i].Outcome == RunOutcome.Diverged) { valley[i] = Diverged; continue; }
            var end = runs[i].Final;
            var nearest = Enumerable.Range(0, bottoms.Count).Select(b => (b, d: Distance(bottoms[b], end))).Where(x => x.d <= tolerance).OrderBy(x => x.d).FirstOrDefault((-1, 0));
            if (nearest.Item1 >= 0) { valley[i] = nearest.Item1; continue; }
            bottoms.Add((double[])end.Clone());
            valley[i] = bottoms.Count - 1;
        }

        // Keep only valleys something ended in, ordered left to right (then bottom to top) so colours are stable.
        var used = valley.Where(v => v != Diverged).Distinct().OrderBy(v => bottoms[v][0]).ThenBy(v => bottoms[v].Length > 1 ? bottoms[v][1] : 0).ToList();
        var renumber = used.Select((v, index) => (v, index)).ToDictionary(x => x.v, x => x.index);
        var names = used.Select(v => Name(bottoms[v], v < known)).ToList();
        return (valley.Select(v => v == Diverged ? Diverged : renumber[v]).ToArray(), names, used.Select(v => bottoms[v]).ToList());
    }

    private static string Name(double[] bottom, bool isKnownMinimum)
    {
        var at = bottom.Length == 1
            ? $"x ≈ {Format(bottom[0])}"
            : $"({string.Join(", ", bottom.Select(Format))})";
        return isKnownMinimum ? $"valley at {at}" : $"ends near {at}";
    }

    private static string Format(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    private static double Distance(double[] a, double[] b) => Math.Sqrt(a.Select((ai, i) => (ai - b[i]) * (ai - b[i])).Sum());
}
