using System.Text.RegularExpressions;

namespace Downhill.Notebooks.Magics;

/// <summary>
/// Which lines of a cell are magic commands rather than C#: a line that starts with <c>#!</c>, <c>#r</c> or
/// <c>#i</c> (after any indentation). One rule for the executor, which runs them, and for the kernel's completion
/// and syntax checks, which must not read them as C#.
/// </summary>
public static partial class MagicLines
{
    [GeneratedRegex("""^#(![^\r\n]*|[ri](\s|$))""")]
    private static partial Regex MagicStart();

    /// <summary>True when <paramref name="line"/> is a magic command.</summary>
    public static bool IsMagic(string line) => MagicStart().IsMatch(line.TrimStart());

    /// <summary>
    /// The cell with every magic line replaced by as many spaces, so line numbers and character offsets (a cursor
    /// position) stay where they were.
    /// </summary>
    public static string Blank(string cell)
    {
        var lines = cell.Split('\n');
        for (var i = 0; i < lines.Length; i++)
            if (IsMagic(lines[i])) lines[i] = new string(' ', lines[i].Length);
        return string.Join('\n', lines);
    }
}
