using Downhill.Notebooks.HtmlPages;

namespace Downhill.Notebooks.Tests.Html;

public class TexToHtmlTests
{
    [Theory]
    [InlineData(@"\alpha", "α")]
    [InlineData(@"x^2", "x<sup>2</sup>")]
    [InlineData(@"w_{t+1}", "w<sub>t+1</sub>")]
    [InlineData(@"\frac{1}{2}", "<span class=\"frac\"><span>1</span><span>2</span></span>")]
    [InlineData(@"\nabla f \cdot d", "∇f · d")]
    [InlineData(@"\eta \leq \frac{2}{L}", "η ≤ <span class=\"frac\"><span>2</span><span>L</span></span>")]
    [InlineData(@"\mathbb{R}^n", "ℝ<sup>n</sup>")]
    [InlineData(@"\hat{y}", "y\u0302")]
    [InlineData(@"a < b", "a &lt; b")]
    [InlineData(@"\unknowncommand{x}", @"\unknowncommandx")]
    [InlineData(@"\log(1 + e^{-z})", "<span class=\"fn\">log</span>(1 + e<sup>−z</sup>)")]
    public void Tex_becomes_readable_html(string tex, string html) => Assert.Equal(html, TexToHtml.Convert(tex));

    [Fact]
    public void Unbalanced_input_does_not_throw() =>
        Assert.Equal("x<sup></sup>", TexToHtml.Convert("x^"));
}
