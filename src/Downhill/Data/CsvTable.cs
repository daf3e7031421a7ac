namespace Downhill;

/// <summary>
/// A comma-separated file read as text: its header and its data rows, each with the line it came from.
/// The files the kit uses have no quoting, so a line is split at every comma.
/// </summary>
internal sealed class CsvTable(string fileName, string[] header, List<(int Line, string[] Fields)> rows)
{
    public string FileName { get; } = fileName;

    public string[] Header { get; } = header;

    public IReadOnlyList<(int Line, string[] Fields)> Rows { get; } = rows;

    /// <summary>Reads <paramref name="path"/> (relative to the current directory) and checks every row has as many fields as the header.</summary>
    public static CsvTable Read(string path)
    {
        Guard.NotNull(path, "the data file's path");
        if (string.IsNullOrWhiteSpace(path))
            throw new ArgumentException("The data file's path is empty; pass a path such as \"data/penguins.csv\".");
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
            throw new FileNotFoundException(
                $"Cannot find the data file '{path}' (looked for {fullPath}; paths are relative to the current folder, {Environment.CurrentDirectory}).",
                fullPath);

        var fileName = Path.GetFileName(fullPath);
        string[]? header = null;
        var rows = new List<(int, string[])>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(fullPath))
        {
            lineNumber++;
            // Blank lines (typically a trailing one) carry no row; skipping them invents nothing.
            if (line.Trim().Length == 0) continue;
            var fields = line.Split(',');
            if (header is null)
            {
                header = ReadHeader(fields, fileName, lineNumber);
                continue;
            }
            if (fields.Length != header.Length)
                throw new CsvFormatException(
                    $"{fileName}, line {lineNumber}: the row has {fields.Length} fields but the header has {header.Length}" +
                    (line.Contains('"') ? " (quoted fields are not supported: every comma separates fields)." : "."),
                    fileName);
            rows.Add((lineNumber, fields));
        }
        if (header is null)
            throw new CsvFormatException($"{fileName} is empty: it needs a header row and at least one data row.", fileName);
        if (rows.Count == 0)
            throw new CsvFormatException($"{fileName} has a header but no data rows.", fileName);
        return new CsvTable(fileName, header, rows);
    }

    /// <summary>The index of <paramref name="column"/>, or an error listing the columns the file has.</summary>
    public int IndexOf(string column)
    {
        Guard.NotNull(column, "the column name");
        var index = Array.IndexOf(Header, column);
        if (index < 0)
            throw new ArgumentException(
                $"{FileName} has no column '{column}'; its columns are {string.Join(", ", Header)}.");
        return index;
    }

    private static string[] ReadHeader(string[] fields, string fileName, int line)
    {
        var names = fields.Select(f => f.Trim()).ToArray();
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i].Length == 0)
                throw new CsvFormatException($"{fileName}, line {line}: header field {i + 1} is empty; every column needs a name.", fileName);
            if (Array.IndexOf(names, names[i]) != i)
                throw new CsvFormatException($"{fileName}, line {line}: the column name '{names[i]}' appears twice in the header.", fileName);
        }
        return names;
    }
}
