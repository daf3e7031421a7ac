using System.Numerics;
using System.Runtime.InteropServices;
namespace Downhill.Benchmarks;

/// <summary>
/// The data of the training benchmarks — 1,000,000 examples × 16 features, y = w·x + b + noise, seeded — and
/// the yardstick they are measured against: one streaming read of the dataset's own storage.
/// </summary>
internal static class RegressionData
{
    public const int Rows = 1_000_000;
    public const int Features = 16;

    /// <summary>Features uniform in [−1, 1], weights 1 … 16 with alternating signs, bias 3, uniform noise in [−0.5, 0.5].</summary>
    public static Dataset Generate(int seed = 42)
    {
        var random = new Random(seed);
        var features = new double[Rows][];
        var targets = new double[Rows];
        for (var i = 0; i < Rows; i++)
        {
            var row = features[i] = new double[Features];
            var y = 3.0 + (random.NextDouble() - 0.5);
            for (var j = 0; j < Features; j++)
            {
                row[j] = 2 * random.NextDouble() - 1;
                y += (j % 2 == 0 ? 1 : -1) * (j + 1) * row[j];
            }
            targets[i] = y;
        }
        return new Dataset(features, targets);
    }

    /// <summary>
    /// Σ of every feature value and every target, read once, front to back, from the arrays the dataset itself
    /// holds. Four vector accumulators, so the adds never wait on each other and the loop runs at memory speed:
    /// this is the floor any pass over the data stands on.
    /// </summary>
    public static double StreamingSum(Dataset data) => Sum(data.Values) + Sum(data.TargetArray);

    /// <summary>The same read with one scalar accumulator: a plain loop, bound by the latency of each add.</summary>
    public static double ScalarSum(Dataset data)
    {
        var sum = 0.0;
        foreach (var value in data.Values) sum += value;
        foreach (var target in data.TargetArray) sum += target;
        return sum;
    }

    /// <summary>
    /// Σ of every value and target once more, visiting the rows in <paramref name="order"/> — a plain loop, no
    /// arithmetic beyond the sum: what it costs just to reach rows scattered over the data in a shuffled order.
    /// </summary>
    public static double ShuffledSum(Dataset data, int[] order)
    {
        var values = data.Values;
        var targets = data.TargetArray;
        var width = data.FeatureCount;
        var sum = 0.0;
        foreach (var i in order)
        {
            foreach (var value in values.AsSpan(i * width, width)) sum += value;
            sum += targets[i];
        }
        return sum;
    }

    private static double Sum(double[] values)
    {
        var vectors = MemoryMarshal.Cast<double, Vector<double>>(values.AsSpan());
        Vector<double> a = default, b = default, c = default, d = default;
        var k = 0;
        for (; k + 4 <= vectors.Length; k += 4)
        {
            a += vectors[k];
            b += vectors[k + 1];
            c += vectors[k + 2];
            d += vectors[k + 3];
        }
        for (; k < vectors.Length; k++) a += vectors[k];
        var sum = Vector.Sum(a + b + c + d);
        for (var i = vectors.Length * Vector<double>.Count; i < values.Length; i++) sum += values[i];
        return sum;
    }
}
