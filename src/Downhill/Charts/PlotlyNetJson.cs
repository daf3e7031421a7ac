using System.Collections;
using System.Globalization;
using System.Text.Json.Nodes;
using Plotly.NET;
using Bag = DynamicObj.DynamicObj;

namespace Downhill;

/// <summary>
/// Writes a Plotly.NET chart — its traces, layout and config — as the JSON that Plotly.NET's own
/// <c>GenericChart.toJson</c> writes, without going through Newtonsoft.Json.
/// <para>
/// Why: Plotly.NET's objects are property bags (DynamicObj), and Newtonsoft reads every property of a bag through
/// C#'s dynamic binder. For the 10 KB figure of a one-line chart (most of it Plotly.NET's default template) that
/// cost ≈ 0.4 s of CPU the first time in a kernel (hundreds of binder exceptions, expression trees compiled) and
/// ≈ 0.18 s for every chart after it. Walking the bags directly costs milliseconds.
/// </para>
/// <para>
/// A bag's properties are the names Newtonsoft asks it for (<c>GetProperties(true)</c>: its dynamic properties and
/// its public ones). Numbers, strings, booleans, dates, colours, sequences and bags are written here; any other value
/// (a tuple, a dictionary, an F# union, a two-dimensional array…) is handed to Newtonsoft with Plotly.NET's settings,
/// so it comes out exactly as before, only without the speed-up.
/// </para>
/// </summary>
internal static class PlotlyNetJson
{
    // Plotly.NET's settings serialize reference loops instead of refusing them, which would overflow the stack;
    // a figure is never this deep, so a loop gets a clear error here instead.
    private const int MaxDepth = 64;

    /// <summary>The chart's traces, the figure's "data".</summary>
    public static JsonArray Data(GenericChart chart) => Items(GenericChart.getTraces(chart), 0);

    /// <summary>The chart's layout.</summary>
    public static JsonObject Layout(GenericChart chart) => Properties(GenericChart.getLayout(chart), 0);

    /// <summary>The chart's config (what plotly.js's toolbar and resizing do).</summary>
    public static JsonObject Config(GenericChart chart) => Properties(GenericChart.getConfig(chart), 0);

    private static JsonNode? Value(object? value, int depth)
    {
        if (depth > MaxDepth)
            throw new ArgumentException($"The chart's objects nest more than {MaxDepth} deep: one of them probably contains itself.");
        switch (value)
        {
            case null:
                return null;
            case string text:
                return JsonValue.Create(text);
            case char letter:
                return JsonValue.Create(letter.ToString());
            case bool flag:
                return JsonValue.Create(flag);
            case double number:
                return FiniteJson.Number(number);
            case float number: // as a float, so 0.1f is written 0.1 as Newtonsoft does, not 0.10000000149011612
                return float.IsFinite(number) ? JsonValue.Create(number) : null;
            case int or long or short or byte or sbyte or uint or ulong or ushort or decimal:
                return JsonValue.Create(Convert.ToDecimal(value, CultureInfo.InvariantCulture));
            case DateTime time:
                return JsonValue.Create(time);
            case DateTimeOffset time:
                return JsonValue.Create(time);
            case Color color:
                return Value(color.Value, depth + 1); // what Plotly.NET's ColorConverter writes
            case ARGB argb:
                return JsonValue.Create(Rgba(argb));
            case Bag bag when !HasOwnConverter(bag):
                return Properties(bag, depth);
            case IEnumerable items when IsPlainSequence(value):
                return Items(items, depth);
            default:
                return AsNewtonsoftWritesIt(value);
        }
    }

    private static JsonObject Properties(Bag bag, int depth)
    {
        var result = new JsonObject();
        foreach (var property in bag.GetProperties(true))
            result[property.Key] = Value(property.Value, depth + 1);
        return result;
    }

    private static JsonArray Items(IEnumerable items, int depth)
    {
        var result = new JsonArray();
        foreach (var item in items) result.Add(Value(item, depth + 1));
        return result;
    }

    /// <summary>
    /// A sequence Newtonsoft writes as a flat JSON array: not a dictionary (an object), not a multi-dimensional array
    /// (nested arrays), not a type with its own converter.
    /// </summary>
    private static bool IsPlainSequence(object value)
    {
        if (value is Array array) return array.Rank == 1;
        if (value is IDictionary || HasOwnConverter(value)) return false;
        return !value.GetType().GetInterfaces().Any(i => i.IsGenericType &&
            (i.GetGenericTypeDefinition() == typeof(IDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)));
    }

    private static bool HasOwnConverter(object value) =>
        value.GetType().IsDefined(typeof(Newtonsoft.Json.JsonConverterAttribute), true);

    /// <summary>ARGB's own converter: "rgba(r, g, b, a)" with the alpha from 0 to 1 to one decimal.</summary>
    private static string Rgba(ARGB argb) =>
        string.Create(CultureInfo.InvariantCulture, $"rgba({argb.R}, {argb.G}, {argb.B}, {argb.A / 255.0:F1})");

    private static JsonNode? AsNewtonsoftWritesIt(object value) =>
        JsonNode.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(value, Globals.JSON_CONFIG));
}
