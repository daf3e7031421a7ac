namespace Downhill;

/// <summary>
/// What the CSV loader does with an empty field in a column you asked for. There is no "fill with zero":
/// a made-up zero would quietly teach the model something false.
/// </summary>
public enum MissingValues
{
    /// <summary>Stop with an error naming the file, line and column of the first empty field.</summary>
    Fail,

    /// <summary>Leave out every row with an empty field in a chosen column; the dataset lists the lines it left out.</summary>
    DropRows,
}
