using System.Globalization;
using Downhill.Notebooks.Documents;
using Microsoft.CodeAnalysis.CSharp;

namespace Downhill.Notebooks.Parameters;

/// <summary>Turns a command-line value into C# source for a literal of a parameter's type.</summary>
public static class CSharpLiteral
{
    /// <summary>The types "-p" can set: numbers, booleans, characters and strings.</summary>
    public static readonly IReadOnlyList<string> SupportedTypes =
        ["double", "float", "decimal", "int", "long", "short", "byte", "uint", "ulong", "bool", "char", "string"];

    /// <summary>
    /// C# source for <paramref name="value"/> as a <paramref name="typeName"/>, e.g. ("double", "0.85") → "0.85",
    /// ("string", "adam") → "\"adam\"". A string may also be given already quoted ("\"adam\"").
    /// </summary>
    public static string For(string name, string typeName, string value)
    {
        var text = value.Trim();
        var invariant = CultureInfo.InvariantCulture;
        string? literal = typeName switch
        {
            "double" => ParseDouble(name, value, text),
            "float" => ParseFloat(name, value, text),
            "decimal" => decimal.TryParse(text, NumberStyles.Float, invariant, out var m) ? m.ToString(invariant) + "m" : null,
            "int" => int.TryParse(text, NumberStyles.Integer, invariant, out var i) ? i.ToString(invariant) : null,
            "long" => long.TryParse(text, NumberStyles.Integer, invariant, out var l) ? l.ToString(invariant) + "L" : null,
            "short" => short.TryParse(text, NumberStyles.Integer, invariant, out var s) ? $"(short){s.ToString(invariant)}" : null,
            "byte" => byte.TryParse(text, NumberStyles.Integer, invariant, out var b) ? $"(byte){b.ToString(invariant)}" : null,
            "uint" => uint.TryParse(text, NumberStyles.Integer, invariant, out var u) ? u.ToString(invariant) + "u" : null,
            "ulong" => ulong.TryParse(text, NumberStyles.Integer, invariant, out var ul) ? ul.ToString(invariant) + "ul" : null,
            "bool" => bool.TryParse(text, out var flag) ? (flag ? "true" : "false") : null,
            "char" => Unquote(value, '\'') is { Length: 1 } c ? SymbolDisplay.FormatLiteral(c[0], quote: true) : null,
            "string" => SymbolDisplay.FormatLiteral(Unquote(value, '"'), quote: true),
            _ => throw new NotebookException(
                $"-p {name} cannot be set: its type {typeName} is not one of {string.Join(", ", SupportedTypes)}."),
        };
        return literal ?? throw new NotebookException($"-p {name}={value} is not a valid {typeName}{Example(typeName)}.");
    }

    private static string? ParseDouble(string name, string value, string text)
    {
        // Students may want to watch a run blow up, so the special values are allowed and spelled as C# spells them.
        switch (text.ToLowerInvariant())
        {
            case "nan": return "double.NaN";
            case "infinity" or "+infinity" or "inf": return "double.PositiveInfinity";
            case "-infinity" or "-inf": return "double.NegativeInfinity";
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return null;
        // .NET reads 1e400 as infinity, which has no literal: say so rather than inject code that does not compile.
        if (!double.IsFinite(d))
            throw new NotebookException($"-p {name}={value} is beyond the largest double (about 1.8e308); write infinity if you mean it.");
        RefuseUnderflow(name, value, text, d == 0, "a double", "4.9e-324");
        var literal = d.ToString("R", CultureInfo.InvariantCulture);
        return literal.Contains('.') || literal.Contains('E') ? literal : literal + ".0";
    }

    private static string? ParseFloat(string name, string value, string text)
    {
        if (!float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) || !float.IsFinite(f)) return null;
        RefuseUnderflow(name, value, text, f == 0, "a float", "1.4e-45");
        return f.ToString("R", CultureInfo.InvariantCulture) + "f";
    }

    /// <summary>
    /// .NET reads 1e-400 as 0 without a word, so a student asking for a tiny step would silently get none: a value
    /// that came out 0 although its digits were not all zeros is refused.
    /// </summary>
    private static void RefuseUnderflow(string name, string value, string text, bool isZero, string type, string smallest)
    {
        var digits = text.Split('e', 'E')[0];
        if (isZero && digits.Any(c => c is >= '1' and <= '9'))
            throw new NotebookException($"-p {name}={value} is closer to 0 than {type} can hold (about {smallest}), so it would run as 0; write 0 if you mean it.");
    }

    private static string Unquote(string value, char quote) =>
        value.Length >= 2 && value[0] == quote && value[^1] == quote ? value[1..^1] : value;

    private static string Example(string typeName) => typeName switch
    {
        "double" or "float" or "decimal" => " (write a number with a dot, like 0.85 or 1e-3)",
        "int" or "long" or "short" or "byte" or "uint" or "ulong" => " (write a whole number, like 50)",
        "bool" => " (write true or false)",
        "char" => " (write one character)",
        _ => "",
    };
}
