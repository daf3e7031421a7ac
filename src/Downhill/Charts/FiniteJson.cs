using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Downhill;

/// <summary>
/// Builds and cleans the JSON a figure is made of. Every number goes through here so that NaN and
/// ±Infinity become JSON null (a gap in a Plotly trace) instead of the strings "NaN" / "Infinity"
/// that Plotly.NET writes, which make plotly.js treat the axis as categories and collapse it.
/// </summary>
internal static class FiniteJson
{
    /// <summary>A number node, or null when the value is not finite.</summary>
    public static JsonNode? Number(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;

    /// <summary>An array of numbers with non-finite values as null.</summary>
    public static JsonArray Numbers(IEnumerable<double> values) => new(values.Select(Number).ToArray());

    /// <summary>An array of strings.</summary>
    public static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    /// <summary>
    /// A rows-of-numbers array (a z matrix for contours, heatmaps and surfaces), each value rounded to
    /// seven significant digits: a colour or a contour line cannot show more, and it keeps a 100×100 grid
    /// near 100 KB of JSON instead of 250 KB in every saved notebook.
    /// </summary>
    public static JsonArray Matrix(double[,] values)
    {
        var rows = new JsonArray();
        for (var i = 0; i < values.GetLength(0); i++)
        {
            var row = new JsonArray();
            for (var j = 0; j < values.GetLength(1); j++) row.Add(Number(Rounded(values[i, j], 7)));
            rows.Add(row);
        }
        return rows;
    }

    /// <summary><paramref name="value"/> to <paramref name="digits"/> significant digits (a non-finite value as it is).</summary>
    public static double Rounded(double value, int digits) => double.IsFinite(value)
        ? double.Parse(value.ToString("G" + digits, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
        : value;

    /// <summary>
    /// Replaces, in place, every non-finite number and every string spelling of one ("NaN",
    /// "Infinity", "-Infinity", as Plotly.NET's Newtonsoft settings write them) with null.
    /// Returns the node (or null when the node itself was non-finite).
    /// </summary>
    public static JsonNode? Sanitize(JsonNode? node)
    {
        if (node is JsonValue value) return IsNonFinite(value) ? null : value;
        // Only a value that became null is replaced: setting a node again would detach and re-attach it.
        if (node is JsonObject obj)
            foreach (var key in obj.Select(p => p.Key).ToList())
                if (Sanitize(obj[key]) is null && obj[key] is not null) obj[key] = null;
        if (node is JsonArray array)
            for (var i = 0; i < array.Count; i++)
                if (Sanitize(array[i]) is null && array[i] is not null) array[i] = null;
        return node;
    }

    /// <summary>Reads a JSON number whatever .NET type it was created from.</summary>
    public static bool TryGetNumber(JsonNode? node, out double number)
    {
        number = 0;
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.Number) return false;
        return double.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }

    private static bool IsNonFinite(JsonValue value)
    {
        if (value.TryGetValue<double>(out var d)) return !double.IsFinite(d);
        if (value.TryGetValue<float>(out var f)) return !float.IsFinite(f);
        // A string value's ToString() is the string itself, unquoted.
        if (value.GetValueKind() == JsonValueKind.String) return value.ToString() is "NaN" or "Infinity" or "-Infinity";
        return false;
    }
}
