namespace Downhill.Jupyter.Language;

/// <summary>
/// Jupyter counts cursor positions in Unicode code points; .NET strings index UTF-16 units. An emoji
/// before the cursor is one code point but two UTF-16 units, so every position crosses this bridge.
/// </summary>
internal static class CodePoints
{
    /// <summary>The UTF-16 index of the code point at <paramref name="codePoint"/> (clamped to the text).</summary>
    public static int ToUtf16Index(string text, int codePoint)
    {
        var index = 0;
        for (var seen = 0; seen < codePoint && index < text.Length; seen++)
            index += char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
        return index;
    }

    /// <summary>How many code points precede the UTF-16 index <paramref name="utf16Index"/>.</summary>
    public static int FromUtf16Index(string text, int utf16Index)
    {
        var codePoints = 0;
        for (var index = 0; index < utf16Index && index < text.Length; codePoints++)
            index += char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
        return codePoints;
    }
}
