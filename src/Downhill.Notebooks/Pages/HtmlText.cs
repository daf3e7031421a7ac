using System.Text;

namespace Downhill.Notebooks.Pages;

/// <summary>
/// Escapes text for HTML content and attribute values: only &amp;, &lt;, &gt; and quotes. Unlike
/// WebUtility.HtmlEncode it leaves α, · and ∇ as themselves, so pages stay readable as source.
/// </summary>
internal static class HtmlText
{
    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var html = new StringBuilder(text.Length + 16);
        foreach (var c in text)
            html.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        return html.ToString();
    }
}
