namespace Downhill;

/// <summary>A dataset cut in two: examples to learn from and examples held back to check the learning.</summary>
/// <param name="Train">The examples the model learns from (and the standardizer is fitted on).</param>
/// <param name="Validation">The held-back examples, never seen in training.</param>
public sealed record TrainValidationSplit(Dataset Train, Dataset Validation);

/// <summary>Seeded splits of a dataset.</summary>
public static class Split
{
    /// <summary>
    /// Shuffles the examples with <paramref name="seed"/> and holds back a fraction for validation, e.g.
    /// <c>var (train, validation) = Split.TrainValidation(data, validationFraction: 0.2, seed: 1);</c>
    /// The same seed always gives the same split.
    /// </summary>
    /// <param name="data">The examples to split (at least two).</param>
    /// <param name="validationFraction">The share held back, strictly between 0 and 1; rounded to whole examples, at least one on each side.</param>
    /// <param name="seed">Decides the shuffle.</param>
    public static TrainValidationSplit TrainValidation(Dataset data, double validationFraction, int seed)
    {
        Guard.NotNull(data, "the data");
        if (!(validationFraction > 0 && validationFraction < 1))
            throw new ArgumentException(
                $"The validation fraction must be a number between 0 and 1 (e.g. 0.2); got {validationFraction}.");
        if (data.Count < 2)
            throw new ArgumentException($"Splitting needs at least two examples; {data.Source} has {data.Count}.");

        var order = SeededShuffle.Permutation(data.Count, new Random(seed));
        var validationCount = Math.Clamp((int)Math.Round(data.Count * validationFraction), 1, data.Count - 1);
        return new TrainValidationSplit(data.Subset(order[validationCount..]), data.Subset(order[..validationCount]));
    }
}
