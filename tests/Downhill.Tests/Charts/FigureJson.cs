using System.Text.Json;

namespace Downhill.Tests.Charts;

/// <summary>Reads a figure's JSON back the way plotly.js would, and checks that nothing non-finite slipped in.</summary>
internal static class FigureJson
{
    public static JsonElement Parse(string json)
    {
        // JsonDocument rejects bare NaN/Infinity tokens, so parsing at all proves there are none.
        var document = JsonDocument.Parse(json);
        AssertNoNonFiniteStrings(document.RootElement, "$");
        return document.RootElement;
    }

    private static void AssertNoNonFiniteStrings(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject()) AssertNoNonFiniteStrings(property.Value, $"{path}.{property.Name}");
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray()) AssertNoNonFiniteStrings(item, $"{path}[{i++}]");
                break;
            case JsonValueKind.String:
                var s = element.GetString();
                Assert.False(s is "NaN" or "Infinity" or "-Infinity", $"non-finite number written as a string at {path}");
                break;
            case JsonValueKind.Number:
                Assert.True(double.IsFinite(element.GetDouble()), $"non-finite number at {path}");
                break;
        }
    }
}
