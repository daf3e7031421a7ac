using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Downhill.Notebooks.Documents;

/// <summary>
/// nbformat 4.5 cell ids. Notebooks from nbformat 4.0–4.4 and .dib files have none; the ids given
/// them are derived from each cell's position and text, so reading the same file twice gives the same ids
/// (no churn in version control).
/// </summary>
public static partial class CellIds
{
    [GeneratedRegex("^[a-zA-Z0-9_-]{1,64}$")]
    private static partial Regex ValidId();

    public static bool IsValid(string? id) => id is not null && ValidId().IsMatch(id);

    /// <summary>Gives every cell without a valid, unique id a stable one.</summary>
    public static void AssignMissing(Notebook notebook)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < notebook.Cells.Count; index++)
        {
            var cell = notebook.Cells[index];
            if (IsValid(cell.Id) && taken.Add(cell.Id!)) continue;
            var id = Derive(index, cell);
            for (var suffix = 2; !taken.Add(id); suffix++) id = $"{Derive(index, cell)}-{suffix}";
            cell.Id = id;
        }
    }

    private static string Derive(int index, NotebookCell cell)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{index}\n{cell.Kind}\n{cell.Source}"));
        return Convert.ToHexStringLower(hash, 0, 8);
    }
}
