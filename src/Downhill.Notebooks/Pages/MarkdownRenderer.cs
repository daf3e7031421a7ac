using System.Net;
using System.Text.RegularExpressions;
using Markdig;

namespace Downhill.Notebooks.Pages;

/// <summary>
/// Markdown cells to HTML with Markdig's advanced extensions (tables, task lists, footnotes, math…).
/// Math comes out of Markdig as \(…\) and \[…\] spans; they are turned into readable HTML by
/// <see cref="TexToHtml"/> so pages need no math engine and no network.
/// </summary>
public static partial class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    [GeneratedRegex(@"<span class=""math"">\\\((?<tex>.*?)\\\)</span>", RegexOptions.Singleline)]
    private static partial Regex InlineMath();

    [GeneratedRegex(@"<div class=""math"">\s*\\\[(?<tex>.*?)\\\]\s*</div>", RegexOptions.Singleline)]
    private static partial Regex DisplayMath();

    public static string ToHtml(string markdown)
    {
        string html;
        try
        {
            html = Markdown.ToHtml(markdown, Pipeline);
        }
        catch (Exception e) when (e.Message.Contains("depth limit", StringComparison.OrdinalIgnoreCase))
        {
            // Markdig refuses input nested thousands deep (100,000 ">"): show the cell's text, and say why.
            return $"<p class=\"warning\">This markdown is nested too deeply to render; here is its text.</p>\n<pre>{HtmlText.Encode(markdown)}</pre>";
        }
        html = DisplayMath().Replace(html, m => $"<div class=\"math display\" title=\"{TexTitle(m)}\">{Tex(m)}</div>");
        return InlineMath().Replace(html, m => $"<span class=\"math\" title=\"{TexTitle(m)}\">{Tex(m)}</span>");
    }

    // The TeX, escaped by the pages' own rule rather than trusting Markdig's, so no quote can end the attribute.
    private static string TexTitle(Match match) => HtmlText.Encode(WebUtility.HtmlDecode(match.Groups["tex"].Value).Trim());

    // Markdig has already HTML-escaped the TeX; decode it so "<" is TeX's "<", then convert (which escapes again).
    private static string Tex(Match match) => TexToHtml.Convert(WebUtility.HtmlDecode(match.Groups["tex"].Value).Trim());
}
