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
    /// <param name="stratified">For classification: hold back the same share of every class, so a rare class is not
    /// missing from (or crowding) the validation set.</param>
    public static TrainValidationSplit TrainValidation(Dataset data, double validationFraction, int seed, bool stratified = false)
    {
        Guard.NotNull(data, "the data");
        if (!(validationFraction > 0 && validationFraction < 1))
            throw new ArgumentException(
                $"The validation fraction must be a number between 0 and 1 (e.g. 0.2); got {validationFraction}.");
        if (data.Count < 2)
            throw new ArgumentException($"Splitting needs at least two examples; {data.Source} has {data.Count}.");
        if (stratified && !data.IsClassification)
            throw new ArgumentException(
                $"A stratified split keeps the share of each class, but the target '{data.TargetName}' of {data.Source} has no classes.");

        var random = new Random(seed);
        var order = SeededShuffle.Permutation(data.Count, random);
        if (!stratified)
        {
            var validationCount = HeldBack(data.Count, validationFraction);
            return new TrainValidationSplit(data.Subset(order[validationCount..]), data.Subset(order[..validationCount]));
        }

        var train = new List<int>();
        var validation = new List<int>();
        foreach (var members in order.GroupBy(i => data.TargetArray[i]).OrderBy(g => g.Key))
        {
            var rows = members.ToArray();
            var heldBack = rows.Length < 2 ? 0 : HeldBack(rows.Length, validationFraction);
            validation.AddRange(rows[..heldBack]);
            train.AddRange(rows[heldBack..]);
        }
        // Grouping put the classes one after another; shuffle again so neither set is sorted by class.
        var trainRows = train.ToArray();
        var validationRows = validation.ToArray();
        if (validationRows.Length == 0)
            throw new ArgumentException("Every class has a single example, so a stratified split cannot hold any back; use stratified: false.");
        SeededShuffle.ShuffleInPlace(trainRows, random);
        SeededShuffle.ShuffleInPlace(validationRows, random);
        return new TrainValidationSplit(data.Subset(trainRows), data.Subset(validationRows));
    }

    private static int HeldBack(int count, double fraction) => Math.Clamp((int)Math.Round(count * fraction), 1, count - 1);
}
