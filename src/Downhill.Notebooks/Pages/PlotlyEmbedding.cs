using System.Text.RegularExpressions;
using Downhill.Notebooks.Formatting;
namespace Downhill.Notebooks.Pages;

/// <summary>
/// Chart outputs may carry plotly.js themselves (the first chart of a session does, in a script tagged
/// data-downhill="plotly.js"). A page strips those copies and loads plotly.js once, in its head.
/// </summary>
public static partial class PlotlyEmbedding
{
    // NonBacktracking: linear in the page's length, so thousands of unclosed script tags cannot stall a render.
    [GeneratedRegex(@"<script\b[^>]*\bdata-downhill\s*=\s*[""']plotly\.js[""'][^>]*>.*?</script\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex PlotlyScriptBlock();

    /// <summary>The output's HTML without any embedded copy of plotly.js.</summary>
    public static string StripScripts(string html) => PlotlyScriptBlock().Replace(html, "");

    /// <summary>True when the HTML draws or carries a Plotly chart, so the page needs plotly.js.</summary>
    public static bool NeedsPlotly(string html) =>
        html.Contains("Plotly.", StringComparison.Ordinal) || html.Contains("downhill-plot", StringComparison.Ordinal) || PlotlyScriptBlock().IsMatch(html);

    /// <summary>
    /// plotly.js as the text of an inline script element. "&lt;/script" and "&lt;!--" inside the source would end or
    /// confuse the element in an HTML parser; escaped with a backslash they mean the same to JavaScript.
    /// </summary>
    public static string InlineSource() =>
        PlotlyScript.Source.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase).Replace("<!--", "<\\!--", StringComparison.Ordinal);

    /// <summary>plotly.js as an inline script element (see <see cref="InlineSource"/>).</summary>
    public static string InlineScriptElement() =>
        "<script data-plotly-version=\"" + PlotlyScript.Version + "\">" + InlineSource() + "</script>";
}
