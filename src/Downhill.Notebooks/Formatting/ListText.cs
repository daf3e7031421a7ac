using System.Collections;
using System.Text;

namespace Downhill.Notebooks.Formatting;

/// <summary>
/// Plain text for sequences of simple values, "[0.1, 0.01, 0.001]", where ToString would only say
/// "System.Double[]". Long sequences stop after <see cref="MaxItems"/> items with a count of the rest.
/// </summary>
internal static class ListText
{
    public const int MaxItems = 100;

    public static string? TryFormat(object value)
    {
        if (value is string || value is not IEnumerable sequence) return null;
        var text = new StringBuilder("[");
        var count = 0;
        foreach (var item in sequence)
        {
            if (item is not null && !TableFormatter.IsSimple(item.GetType())) return null;
            if (count < MaxItems)
            {
                if (count > 0) text.Append(", ");
                text.Append(item is string s ? $"\"{s}\"" : TableFormatter.CellText(item));
            }
            count++;
        }
        if (count > MaxItems) text.Append($", … {count - MaxItems} more");
        return text.Append(']').ToString();
    }
}
