using System.Globalization;

namespace Downhill;

/// <summary>How the CSV loader turns a target column's text into numbers: as a number, as class indices, or as 0/1 by a test of the label.</summary>
internal sealed class TargetKind(bool isNumber, Func<string, bool>? isPositive, string[]? fixedClasses)
{
    public bool IsNumber { get; } = isNumber;

    /// <summary>True when the class names come from the labels found in the file.</summary>
    public bool ClassesFromData => !IsNumber && fixedClasses is null;

    public static TargetKind Number() => new(true, null, null);

    public static TargetKind Classes() => new(false, null, null);

    public static TargetKind Predicate(Func<string, bool> isPositive, string positiveName, string negativeName) =>
        new(false, isPositive, [negativeName, positiveName]);

    /// <summary>The targets as numbers and the class names (empty for a numeric target).</summary>
    public (double[] Targets, string[] ClassNames) Encode(List<string> labels, string file, string column)
    {
        if (IsNumber)
            return (labels.Select(l => double.Parse(l, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray(), []);
        if (isPositive is not null)
        {
            var targets = labels.Select(l => isPositive(l) ? 1.0 : 0.0).ToArray();
            if (targets.All(t => t == targets[0]))
                throw new CsvFormatException(
                    $"{file}: every kept row of '{column}' is in class '{fixedClasses![(int)targets[0]]}'; a binary problem needs examples of both classes.",
                    file);
            return (targets, fixedClasses!);
        }
        var classes = labels.Distinct().Order(StringComparer.Ordinal).ToArray();
        if (classes.Length < 2)
            throw new CsvFormatException($"{file}: column '{column}' holds only the label '{classes[0]}'; classification needs at least two classes.", file);
        var index = classes.Select((name, k) => (name, k)).ToDictionary(p => p.name, p => (double)p.k);
        return (labels.Select(l => index[l]).ToArray(), classes);
    }
}
