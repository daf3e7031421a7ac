using BenchmarkDotNet.Attributes;
namespace Downhill.Benchmarks;

/// <summary>
/// Lesson 03's noise floor, the computation of its cell exactly: for each of seven constant rates, 100 seeds × 2,000
/// noisy steps on Q = 2x² (σ = 1, from x = 3) through <see cref="Descent.Run"/>, the loss averaged over the seeds at
/// every step, then the floor as the mean over the second half. 1.4 million noisy steps; lesson 03 has three such cells
/// (the schedules and the other seed sets are the other two). Against the same averages from a hand-written loop,
/// which records nothing but the losses. Target (issue 22): the cell's compute under 0.3 s, the library within a small
/// factor of the hand-written loop.
/// </summary>
[MemoryDiagnoser]
public class LessonNoiseAverageBenchmarks
{
    private const int Steps = 2000;
    private const int Seeds = 100;
    private const double Noise = 1;
    private const double Start = 3;
    private static readonly double[] Rates = [0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4];
    private readonly Landscape curve = Landscape.Parabola(2);

    [Benchmark(Baseline = true, Description = "noise floors, hand-written loop")]
    public double[] HandWritten() => Rates.Select(rate => Floor(HandWrittenMeans(rate))).ToArray();

    [Benchmark(Description = "noise floors through Descent.Run (the lesson's cell)")]
    public double[] ThroughDescentRun() => Rates.Select(rate => Floor(DescentRunMeans(rate))).ToArray();

    private static double Floor(double[] mean) => mean[(Steps / 2)..].Average();

    // The lesson's MeanLossPerStep, as written there.
    private double[] DescentRunMeans(double rate)
    {
        var mean = new double[Steps + 1];
        for (var seed = 0; seed < Seeds; seed++)
        {
            var run = Descent.Run(Landscape.WithGradientNoise(curve, Noise, seed), new GradientDescent(rate), [Start], Steps,
                Schedule.Constant(), tolerance: 0);
            for (var k = 0; k <= Steps; k++)
                mean[k] += (k < run.Losses.Count ? run.Losses[k] : double.PositiveInfinity) / Seeds;
        }
        return mean;
    }

    // The same numbers by hand: the same seeded draws (Box–Muller, as the library's noisy gradient makes them).
    private static double[] HandWrittenMeans(double rate)
    {
        var mean = new double[Steps + 1];
        for (var seed = 0; seed < Seeds; seed++)
        {
            var random = new Random(seed);
            var x = Start;
            mean[0] += 2 * x * x / Seeds;
            for (var k = 1; k <= Steps; k++)
            {
                var u1 = 1.0 - random.NextDouble();
                var u2 = random.NextDouble();
                var noise = Noise * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
                x -= rate * (4 * x + noise);
                mean[k] += 2 * x * x / Seeds;
            }
        }
        return mean;
    }
}
