using BenchmarkDotNet.Attributes;
namespace Downhill.Benchmarks;

/// <summary>
/// One epoch of the lessons' own fit: lesson 06's seven-feature Ames model (2,930 houses × 7 features, standardised),
/// through <see cref="Trainer.Fit"/> exactly as the notebooks call it — full batch (one step per epoch, 06) and
/// mini-batches of 32 (a shuffled epoch of 92 steps, 05/07). What a lesson's training cell costs per epoch.
/// </summary>
[MemoryDiagnoser]
public class LessonTrainingBenchmarks
{
    private static readonly string[] Features =
        ["gr_liv_area_sqft", "total_bsmt_sqft", "lot_area_sqft", "year_built", "bedrooms", "full_baths", "garage_cars"];

    private Dataset houses = null!;

    /// <summary>The real data file, loaded and standardised once, as lesson 06 does.</summary>
    [GlobalSetup]
    public void Load()
    {
        var path = Path.Combine(Downhill.Testing.RepositoryPaths.Data, "ames-housing.csv");
        var full = Csv.Load(path, Features, "sale_price_usd");
        houses = Standardizer.Fit(full).Transform(full);
        if (houses.Count != 2930 || houses.FeatureCount != 7)
            throw new InvalidOperationException($"Expected Ames at 2,930 × 7; got {houses.Count} × {houses.FeatureCount}.");
    }

    [Benchmark(Baseline = true, Description = "one full-batch epoch (one step)")]
    public double FullBatchEpoch() =>
        Trainer.Fit(LinearRegression.For(houses), houses, new GradientDescent(0.1), epochs: 1, tolerance: 0).FinalTrainLoss;

    [Benchmark(Description = "one epoch of mini-batches of 32, shuffled")]
    public double MiniBatchEpoch() =>
        Trainer.Fit(LinearRegression.For(houses), houses, new GradientDescent(0.01), epochs: 1, batchSize: 32, seed: 1, tolerance: 0).FinalTrainLoss;
}
