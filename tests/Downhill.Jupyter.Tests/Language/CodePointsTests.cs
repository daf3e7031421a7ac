using Downhill.Jupyter.Language;

namespace Downhill.Jupyter.Tests.Language;

public sealed class CodePointsTests
{
    [Theory]
    [InlineData("abc", 2, 2)]
    [InlineData("🎢x", 1, 2)]   // the emoji is two UTF-16 units
    [InlineData("a🎢b🎢c", 4, 6)]
    [InlineData("ab", 10, 2)]   // clamped to the end
    public void Code_point_positions_map_to_utf16_indices_and_back(string text, int codePoint, int utf16)
    {
        Assert.Equal(utf16, CodePoints.ToUtf16Index(text, codePoint));
        Assert.Equal(Math.Min(codePoint, text.EnumerateRunes().Count()), CodePoints.FromUtf16Index(text, utf16));
    }
}
