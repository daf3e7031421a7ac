namespace Downhill;

/// <summary>
/// A data file that cannot be read as asked: a ragged row, a value that is not a number, a missing value
/// under <see cref="MissingValues.Fail"/>. The message names the file, the line and (where there is one) the column.
/// </summary>
public sealed class CsvFormatException : FormatException
{
    /// <summary>Creates the exception; <paramref name="message"/> is the full sentence shown to the student.</summary>
    public CsvFormatException(string message, string fileName)
        : base(message)
    {
        FileName = fileName;
    }

    /// <summary>The file's name, e.g. "penguins.csv".</summary>
    public string FileName { get; }
}
