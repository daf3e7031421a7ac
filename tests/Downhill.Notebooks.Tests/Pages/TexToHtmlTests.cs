using Downhill.Notebooks.Pages;

namespace Downhill.Notebooks.Tests.Pages;

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

    [Fact]
    public void Tex_nested_beyond_any_formula_is_shown_as_text_instead_of_overflowing_the_stack()
    {
        var crafted = new string('{', 200_000) + "x";
        Assert.Equal(crafted, TexToHtml.Convert(crafted));
        Assert.Equal("x" + string.Concat(Enumerable.Repeat("<sup>2</sup>", 3)), TexToHtml.Convert("x^2^2^2"));
    }

    [Fact]
    public void Markdown_nested_beyond_markdigs_limit_is_shown_as_text_with_a_sentence()
    {
        var html = MarkdownRenderer.ToHtml(new string('>', 100_000) + " deep");
        Assert.StartsWith("<p class=\"warning\">This markdown is nested too deeply to render; here is its text.</p>", html);
        Assert.Contains("&gt;&gt;&gt; deep</pre>", html);
    }

    [Fact]
    public void A_page_with_a_crafted_inline_formula_still_renders()
    {
        var html = MarkdownRenderer.ToHtml("$" + new string('{', 200_000) + "$");
        Assert.Contains("class=\"math\"", html);
    }

    [Fact]
    public void Unclosed_plotly_script_tags_are_left_as_they_are()
    {
        var crafted = string.Concat(Enumerable.Repeat("<script data-downhill=\"plotly.js\">", 80_000));
        Assert.Equal(crafted, PlotlyEmbedding.StripScripts(crafted));
        Assert.Equal("<p>a</p><p>b</p>", PlotlyEmbedding.StripScripts("<p>a</p><script data-downhill=\"plotly.js\">x</script><p>b</p>"));
    }
}
