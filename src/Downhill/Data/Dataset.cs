using MathNet.Numerics.LinearAlgebra;
namespace Downhill;

/// <summary>
/// Examples to learn from: one row of numeric features per example and one target each.
/// For regression the target is a number (a price); for classification it is a class index
/// 0, 1, … into <see cref="ClassNames"/> (0 = Adelie, 1 = Chinstrap, 2 = Gentoo).
/// A dataset never changes once built: scaling and splitting return new datasets.
/// </summary>
public sealed class Dataset
{
    // Row-major: example i's features are values[i*FeatureCount .. (i+1)*FeatureCount).
    // One flat array keeps a pass over the data a straight walk through memory.
    private readonly double[] values;
    private readonly double[] targets;
    private readonly string[] featureNames;
    private readonly string[] classNames;
    private readonly int[] droppedLines;

    /// <summary>
    /// Builds a dataset from rows of features and their targets, checking that every row has the same
    /// length, that there is one target per row, and that every value is a finite number.
    /// </summary>
    /// <param name="features">One array of feature values per example.</param>
    /// <param name="targets">One target per example (a class index when <paramref name="classNames"/> is given).</param>
    /// <param name="featureNames">A name per feature; "x1", "x2", … when omitted.</param>
    /// <param name="targetName">The target's name, e.g. "sale_price_usd".</param>
    /// <param name="classNames">For classification: the class names, so target k means <c>classNames[k]</c>.</param>
    public Dataset(
        double[][] features,
        double[] targets,
        IReadOnlyList<string>? featureNames = null,
        string targetName = "y",
        IReadOnlyList<string>? classNames = null)
    {
        Guard.NotNull(features, "the features");
        Guard.NotNull(targets, "the targets");
        if (features.Length == 0)
            throw new ArgumentException("A dataset needs at least one example; the feature rows are empty.");
        if (targets.Length != features.Length)
            throw new ArgumentException(
                $"There are {features.Length} feature rows but {targets.Length} targets; each example needs exactly one target.");
        var featureCount = features[0]?.Length ?? 0;
        if (featureCount == 0)
            throw new ArgumentException("Each example needs at least one feature; row 0 is empty.");

        var flat = new double[features.Length * featureCount];
        for (var i = 0; i < features.Length; i++)
        {
            var row = features[i] ?? throw new ArgumentException($"Feature row {i} is null.");
            if (row.Length != featureCount)
                throw new ArgumentException(
                    $"Feature row {i} has {row.Length} values but row 0 has {featureCount}; every row needs the same number of features.");
            row.CopyTo(flat, i * featureCount);
        }
        var names = featureNames?.ToArray() ?? Enumerable.Range(1, featureCount).Select(k => $"x{k}").ToArray();
        (this.values, this.targets, this.featureNames, this.classNames, droppedLines) =
            (flat, (double[])targets.Clone(), names, classNames?.ToArray() ?? [], []);
        FeatureCount = featureCount;
        TargetName = Guard.NotNull(targetName, "the target name");
        Source = "arrays";
        Validate();
    }

    /// <summary>Wraps arrays the library has already built and owns (no copy); still validated.</summary>
    internal Dataset(
        double[] values, int featureCount, double[] targets, string[] featureNames, string targetName,
        string[] classNames, string source, int[]? droppedLines = null)
    {
        this.values = values;
        this.targets = targets;
        this.featureNames = featureNames;
        this.classNames = classNames;
        this.droppedLines = droppedLines ?? [];
        FeatureCount = featureCount;
        TargetName = targetName;
        Source = source;
        if (targets.Length == 0)
            throw new ArgumentException($"{source} has no examples left; a dataset needs at least one.");
        Validate();
    }

    /// <summary>How many examples (rows).</summary>
    public int Count => targets.Length;

    /// <summary>How many features each example has.</summary>
    public int FeatureCount { get; }

    /// <summary>The features' names, in column order.</summary>
    public IReadOnlyList<string> FeatureNames => featureNames;

    /// <summary>The target's name.</summary>
    public string TargetName { get; }

    /// <summary>For classification, the class names (target k means ClassNames[k]); empty for regression.</summary>
    public IReadOnlyList<string> ClassNames => classNames;

    /// <summary>True when the targets are class indices.</summary>
    public bool IsClassification => classNames.Length > 0;

    /// <summary>The number of classes (0 for regression).</summary>
    public int ClassCount => classNames.Length;

    /// <summary>The targets, one per example.</summary>
    public IReadOnlyList<double> Targets => targets;

    /// <summary>Where the data came from, e.g. "penguins.csv" or "two moons (seed 1)".</summary>
    public string Source { get; }

    /// <summary>The file lines left out under <see cref="MissingValues.DropRows"/> (1-based; the header is line 1).</summary>
    public IReadOnlyList<int> DroppedLines => droppedLines;

    /// <summary>Example <paramref name="index"/>'s features (a view, not a copy).</summary>
    public ReadOnlySpan<double> Row(int index)
    {
        CheckIndex(index);
        return new ReadOnlySpan<double>(values, index * FeatureCount, FeatureCount);
    }

    /// <summary>Example <paramref name="index"/>'s features as a new array.</summary>
    public double[] Features(int index) => Row(index).ToArray();

    /// <summary>Every example's features as new arrays (one per row).</summary>
    public double[][] FeatureRows() => Enumerable.Range(0, Count).Select(Features).ToArray();

    /// <summary>One feature's values across all examples, by name, or an error listing the known names.</summary>
    public double[] Column(string name)
    {
        var index = Array.IndexOf(featureNames, Guard.NotNull(name, "the feature name"));
        return index >= 0 ? Column(index)
            : throw new ArgumentException($"This dataset has no feature '{name}'; its features are {string.Join(", ", featureNames)}.");
    }

    /// <summary>One feature's values across all examples, by position.</summary>
    public double[] Column(int feature)
    {
        if ((uint)feature >= (uint)FeatureCount)
            throw new ArgumentException($"Feature {feature} does not exist; this dataset has {FeatureCount} feature(s), numbered 0 to {FeatureCount - 1}.");
        var column = new double[Count];
        for (var i = 0; i < column.Length; i++) column[i] = values[i * FeatureCount + feature];
        return column;
    }

    /// <summary>The features as a MathNet matrix (rows = examples), e.g. for the normal equation.</summary>
    public Matrix<double> FeatureMatrix() =>
        Matrix<double>.Build.Dense(Count, FeatureCount, (i, j) => values[i * FeatureCount + j]);

    /// <summary>A new dataset holding the examples at <paramref name="rows"/>, in that order.</summary>
    public Dataset Subset(IReadOnlyList<int> rows)
    {
        Guard.NotNull(rows, "the rows");
        if (rows.Count == 0)
            throw new ArgumentException("A subset needs at least one row.");
        var subsetValues = new double[rows.Count * FeatureCount];
        var subsetTargets = new double[rows.Count];
        for (var k = 0; k < rows.Count; k++)
        {
            CheckIndex(rows[k]);
            Array.Copy(values, rows[k] * FeatureCount, subsetValues, k * FeatureCount, FeatureCount);
            subsetTargets[k] = targets[rows[k]];
        }
        return new Dataset(subsetValues, FeatureCount, subsetTargets, featureNames, TargetName, classNames, Source);
    }

    /// <summary>A one-line description, e.g. "penguins.csv: 342 examples × 4 features (…) → species (3 classes: …)".</summary>
    public override string ToString()
    {
        var target = IsClassification
            ? $"{TargetName} ({ClassCount} classes: {string.Join(", ", classNames)})"
            : TargetName;
        var dropped = droppedLines.Length == 0
            ? ""
            : $"; left out {droppedLines.Length} row(s) with missing values (line {string.Join(", ", droppedLines.Take(12))}{(droppedLines.Length > 12 ? ", …" : "")})";
        return $"{Source}: {Count} examples × {FeatureCount} features ({string.Join(", ", featureNames)}) → {target}{dropped}";
    }

    /// <summary>All feature values, row-major, for the library's own fast loops (never handed out).</summary>
    internal double[] Values => values;

    /// <summary>The targets array, for the library's own fast loops (never handed out).</summary>
    internal double[] TargetArray => targets;

    private void Validate()
    {
        if (featureNames.Length != FeatureCount)
            throw new ArgumentException($"There are {FeatureCount} features but {featureNames.Length} feature names; give one name per feature.");
        for (var i = 0; i < values.Length; i++)
            if (!double.IsFinite(values[i]))
                throw new ArgumentException($"Example {i / FeatureCount}, feature '{featureNames[i % FeatureCount]}' is {values[i]}; every feature value must be a finite number.");
        for (var i = 0; i < targets.Length; i++)
        {
            if (!double.IsFinite(targets[i]))
                throw new ArgumentException($"The target of example {i} is {targets[i]}; every target must be a finite number.");
            if (IsClassification && (targets[i] != Math.Floor(targets[i]) || targets[i] < 0 || targets[i] >= classNames.Length))
                throw new ArgumentException(
                    $"The target of example {i} is {targets[i]}, but with {classNames.Length} classes a target must be a class index 0 to {classNames.Length - 1}.");
        }
    }

    private void CheckIndex(int index)
    {
        if ((uint)index >= (uint)Count)
            throw new ArgumentException($"Example {index} does not exist; this dataset has {Count} examples, numbered 0 to {Count - 1}.");
    }
}
