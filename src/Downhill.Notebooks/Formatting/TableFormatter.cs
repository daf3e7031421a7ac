using System.Collections;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;

namespace Downhill.Notebooks.Formatting;

/// <summary>
/// Shows a sequence of records or objects as a table: one row per item, one column per public property
/// or field (tuples included), at most <see cref="MaxRows"/> rows with a note of how many were left out.
/// Sequences of simple values (numbers, strings, dates) are left to <see cref="ListText"/>.
/// </summary>
internal static class TableFormatter
{
    public const int MaxRows = 100;

    /// <summary>Returns the HTML and text tables, or null when the value is not a sequence of objects.</summary>
    public static (string Html, string Text)? TryFormat(object value)
    {
        if (value is string || value is not IEnumerable sequence) return null;
        if (!IsTabulable(value.GetType())) return null;
        if (ElementType(value.GetType()) is { } declared && IsSimple(declared)) return null;

        var rows = new List<object?>();
        var total = 0;
        foreach (var item in sequence)
        {
            if (total < MaxRows) rows.Add(item);
            total++;
        }

        var columns = ColumnsFor(ElementType(value.GetType()) ?? CommonType(rows));
        var cells = rows.Select(row => columns.Select(c => c.Read(row)).ToArray()).ToList();
        var hidden = total - rows.Count;
        return (Html(columns, cells, hidden), Text(columns, cells, hidden));
    }

    // Strings are sequences of chars and dictionaries/collections of values are what we want; but types that
    // merely happen to be enumerable and describe themselves well (a Plot with ToHtml) are left to others.
    private static bool IsTabulable(Type type) =>
        type.GetMethod("ToHtml", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes) is null;

    private static Type? ElementType(Type sequenceType)
    {
        if (sequenceType.IsArray) return sequenceType.GetElementType();
        var enumerable = sequenceType.IsGenericType && sequenceType.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? sequenceType
            : sequenceType.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        var element = enumerable?.GetGenericArguments()[0];
        return element == typeof(object) ? null : element;
    }

    private static Type? CommonType(List<object?> rows)
    {
        var types = rows.Where(r => r is not null).Select(r => r!.GetType()).Distinct().ToList();
        return types.Count == 1 ? types[0] : null;
    }

    private sealed record Column(string Name, Func<object?, object?> Read);

    private static List<Column> ColumnsFor(Type? element)
    {
        if (element is null || IsSimple(element))
            return [new Column("value", row => row)];
        var members = new List<Column>();
        foreach (var property in element.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is null) continue;
            if (property.Name == "EqualityContract") continue;
            members.Add(new Column(property.Name, row => row is null ? null : Safe(() => property.GetValue(row))));
        }
        foreach (var field in element.GetFields(BindingFlags.Public | BindingFlags.Instance))
            members.Add(new Column(field.Name, row => row is null ? null : field.GetValue(row)));
        return members.Count > 0 ? members : [new Column("value", row => row)];
    }

    private static object? Safe(Func<object?> read)
    {
        try
        {
            return read();
        }
        catch (TargetInvocationException e)
        {
            return $"({e.InnerException?.GetType().Name ?? "error"})";
        }
    }

    internal static bool IsSimple(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal)
            || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeSpan)
            || type == typeof(Guid) || type == typeof(DateOnly) || type == typeof(TimeOnly);
    }

    internal static string CellText(object? value) => value switch
    {
        null => "null",
        IFormattable formattable => formattable.ToString(null, CultureInfo.CurrentCulture),
        _ => value.ToString() ?? "",
    };

    private static string Html(List<Column> columns, List<object?[]> cells, int hidden)
    {
        var html = new StringBuilder("<table class=\"downhill-table\"><thead><tr>");
        foreach (var column in columns) html.Append("<th>").Append(WebUtility.HtmlEncode(column.Name)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in cells)
        {
            html.Append("<tr>");
            foreach (var cell in row) html.Append("<td>").Append(WebUtility.HtmlEncode(CellText(cell))).Append("</td>");
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
        if (hidden > 0) html.Append("<p>… ").Append(hidden.ToString("N0", CultureInfo.InvariantCulture)).Append(" more rows</p>");
        return html.ToString();
    }

    private static string Text(List<Column> columns, List<object?[]> cells, int hidden)
    {
        var texts = cells.Select(row => row.Select(c => OneLine(CellText(c))).ToArray()).ToList();
        var widths = columns.Select((c, i) => Math.Max(c.Name.Length, texts.Count == 0 ? 0 : texts.Max(r => r[i].Length))).ToArray();
        var text = new StringBuilder();
        text.Append(string.Join(" | ", columns.Select((c, i) => c.Name.PadRight(widths[i]))).TrimEnd()).Append('\n');
        text.AppendJoin("-+-", widths.Select(w => new string('-', w))).Append('\n');
        foreach (var row in texts) text.Append(string.Join(" | ", row.Select((t, i) => t.PadRight(widths[i]))).TrimEnd()).Append('\n');
        if (hidden > 0) text.Append("… ").Append(hidden.ToString("N0", CultureInfo.InvariantCulture)).Append(" more rows\n");
        return text.ToString().TrimEnd('\n');
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
