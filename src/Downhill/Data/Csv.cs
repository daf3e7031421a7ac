using System.Globalization;
namespace Downhill;

/// <summary>
/// Loads a comma-separated file (header row, no quoting) into a <see cref="Dataset"/>, choosing columns by name.
/// Paths are relative to the current folder. Every problem stops with one sentence naming the file,
/// the line and the column: a missing file, a ragged row, a value that is not a number, an unknown column,
/// a missing value under <see cref="MissingValues.Fail"/>.
/// </summary>
public static class Csv
{
    /// <summary>
    /// Loads numeric features and a numeric target, for regression, e.g.
    /// <c>Csv.Load("data/ames-housing.csv", features: ["gr_liv_area_sqft"], target: "sale_price_usd")</c>.
    /// </summary>
    /// <param name="path">The CSV file, relative to the current folder.</param>
    /// <param name="features">The feature columns, in the order the dataset should hold them.</param>
    /// <param name="target">The numeric target column.</param>
    /// <param name="missing">What to do with an empty field in a chosen column (fail, by default).</param>
    public static Dataset Load(string path, IReadOnlyList<string> features, string target, MissingValues missing = MissingValues.Fail) =>
        Read(path, features, target, missing, TargetKind.Number());

    /// <summary>
    /// Loads numeric features and a categorical target, for multi-class classification: each distinct label
    /// becomes a class index, in alphabetical order (penguins: 0 = Adelie, 1 = Chinstrap, 2 = Gentoo).
    /// </summary>
    /// <param name="path">The CSV file, relative to the current folder.</param>
    /// <param name="features">The feature columns, in the order the dataset should hold them.</param>
    /// <param name="target">The label column, e.g. "species".</param>
    /// <param name="missing">What to do with an empty field in a chosen column (fail, by default).</param>
    public static Dataset LoadClasses(string path, IReadOnlyList<string> features, string target, MissingValues missing = MissingValues.Fail) =>
        Read(path, features, target, missing, TargetKind.Classes());

    /// <summary>
    /// Loads a two-class problem where every row takes part: target 1 where <paramref name="isPositive"/> holds
    /// for the row's label, else 0. ClassNames are [<paramref name="negativeName"/>, <paramref name="positiveName"/>].
    /// </summary>
    /// <param name="path">The CSV file, relative to the current folder.</param>
    /// <param name="features">The feature columns, in the order the dataset should hold them.</param>
    /// <param name="target">The label column, e.g. "species".</param>
    /// <param name="isPositive">Which labels count as class 1, e.g. <c>s => s == "Gentoo"</c>.</param>
    /// <param name="positiveName">A name for class 1, e.g. "Gentoo".</param>
    /// <param name="negativeName">A name for class 0, e.g. "not Gentoo".</param>
    /// <param name="missing">What to do with an empty field in a chosen column (fail, by default).</param>
    public static Dataset LoadBinary(
        string path, IReadOnlyList<string> features, string target, Func<string, bool> isPositive,
        string positiveName, string negativeName, MissingValues missing = MissingValues.Fail)
    {
        Guard.NotNull(isPositive, "the label test");
        Guard.NotNull(positiveName, "the positive class name");
        Guard.NotNull(negativeName, "the negative class name");
        return Read(path, features, target, missing, TargetKind.Predicate(isPositive, positiveName, negativeName));
    }

    private static Dataset Read(string path, IReadOnlyList<string> features, string target, MissingValues missing, TargetKind kind)
    {
        Guard.NotNull(features, "the features");
        Guard.NotNull(target, "the target column");
        if (!Enum.IsDefined(missing))
            throw new ArgumentException($"Unknown missing-value policy {(int)missing}; use MissingValues.Fail or MissingValues.DropRows.");
        var table = CsvTable.Read(path);
        var file = table.FileName;
        if (features.Count == 0)
            throw new ArgumentException($"Choose at least one feature column; {file} has {string.Join(", ", table.Header)}.");
        var featureColumns = features.Select(table.IndexOf).ToArray();
        var targetColumn = table.IndexOf(target);
        var repeated = features.GroupBy(f => f).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
            throw new ArgumentException($"The feature '{repeated.Key}' is listed twice; list each column once.");
        if (features.Contains(target))
            throw new ArgumentException($"'{target}' is the target, so it cannot also be a feature.");

        var values = new List<double>(table.Rows.Count * featureColumns.Length);
        var labels = new List<string>(table.Rows.Count);
        var dropped = new List<int>();
        foreach (var (line, fields) in table.Rows)
        {
            if (HasMissing(fields, featureColumns, targetColumn, table, line, missing))
            {
                dropped.Add(line);
                continue;
            }
            var label = fields[targetColumn].Trim();
            foreach (var column in featureColumns)
                values.Add(ParseNumber(fields[column], file, line, table.Header[column]));
            if (kind.IsNumber) ParseNumber(label, file, line, target); // checked here, where the line is known
            labels.Add(label);
        }

        if (labels.Count == 0)
            throw new CsvFormatException($"{file}: every row has a missing value in the chosen columns, so no data is left.", file);
        var (targets, classNames) = kind.Encode(labels, file, target);
        var source = kind.IsNumber || kind.ClassesFromData ? file : $"{file} ({classNames[1]} vs {classNames[0]})";
        return new Dataset(values.ToArray(), featureColumns.Length, targets, features.ToArray(), target, classNames, source, dropped.ToArray());
    }

    private static bool HasMissing(string[] fields, int[] featureColumns, int targetColumn, CsvTable table, int line, MissingValues missing)
    {
        foreach (var column in featureColumns.Append(targetColumn))
        {
            if (fields[column].Trim().Length != 0) continue;
            if (missing == MissingValues.DropRows) return true;
            throw new CsvFormatException(
                $"{table.FileName}, line {line}, column '{table.Header[column]}': the value is missing " +
                "(pass missing: MissingValues.DropRows to leave such rows out).",
                table.FileName);
        }
        return false;
    }

    private static double ParseNumber(string field, string file, int line, string column)
    {
        var text = field.Trim();
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            throw new CsvFormatException($"{file}, line {line}, column '{column}': '{text}' is not a number.", file);
        if (!double.IsFinite(value))
            throw new CsvFormatException($"{file}, line {line}, column '{column}': '{text}' is not a finite number.", file);
        return value;
    }
}
