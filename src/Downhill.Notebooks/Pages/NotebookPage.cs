using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Downhill.Notebooks.Documents;
using Downhill.Notebooks.Formatting;

namespace Downhill.Notebooks.Pages;

/// <summary>
/// One executed notebook as a standalone HTML page: prose rendered from markdown, each code cell with
/// its outputs, charts interactive with plotly.js inlined once in the head (only when the page has a
/// chart). No network is needed to read it, and it prints cleanly.
/// A <em>safe</em> page is for notebooks someone else wrote (an instructor rendering students' work): their HTML is
/// cleaned (<see cref="UntrustedHtml"/>), SVG is shown as an image (which cannot run script), charts are drawn from
/// their figure data by the page's own script, and a Content-Security-Policy runs nothing else.
/// </summary>
public static partial class NotebookPage
{
    [GeneratedRegex(@"\x1B\[[0-9;]*[A-Za-z]")]
    private static partial Regex AnsiEscape();

    /// <param name="notebook">An executed (or at least parsed) notebook.</param>
    /// <param name="fallbackTitle">The title when the notebook has no markdown heading (usually the file name).</param>
    /// <param name="indexHref">A link back to the index page, or null for none.</param>
    /// <param name="safe">True for notebooks whose author the reader should not trust: nothing of theirs runs.</param>
    /// <param name="notebookFolder">
    /// The notebook's folder: on a safe page, the images its HTML shows from there (<c>![](fig.png)</c>) are carried in
    /// the page, since its policy loads no files. Null leaves them as links.
    /// </param>
    public static string Render(Notebook notebook, string fallbackTitle, string? indexHref = null, bool safe = false, string? notebookFolder = null)
    {
        var untrusted = safe ? new Untrusted(notebookFolder is null ? null : new LocalImages(notebookFolder)) : null;
        var body = new StringBuilder();
        var needsPlotly = false;
        foreach (var cell in notebook.Cells)
            needsPlotly |= AppendCell(body, notebook, cell, untrusted);

        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"downhill\">\n")
            .Append("<title>").Append(Encode(notebook.Title ?? fallbackTitle)).Append("</title>\n");
        if (safe)
            page.Append(needsPlotly ? SafeCharts.ContentSecurityPolicy(PlotlyEmbedding.InlineSource(), SafeCharts.DrawingScript) : SafeCharts.ContentSecurityPolicy())
                .Append('\n');
        page.Append("<style>\n").Append(PageStyle.Css).Append("\n</style>\n");
        if (needsPlotly) page.Append(PlotlyEmbedding.InlineScriptElement()).Append('\n');
        page.Append("</head>\n<body>\n<main class=\"notebook\">\n");
        if (indexHref is not null)
            page.Append("<nav class=\"back\"><a href=\"").Append(Encode(indexHref)).Append("\">← All notebooks</a></nav>\n");
        page.Append(body).Append("</main>\n");
        if (safe && needsPlotly) page.Append("<script>").Append(SafeCharts.DrawingScript).Append("</script>\n");
        page.Append("</body>\n</html>\n");
        return page.ToString();
    }

    /// <summary>Appends one cell; returns true when its outputs hold a chart.</summary>
    private static bool AppendCell(StringBuilder html, Notebook notebook, NotebookCell cell, Untrusted? safe)
    {
        switch (cell.Kind)
        {
            case CellKind.Markdown:
                html.Append("<section class=\"cell markdown\">\n").Append(Trusted(MarkdownRenderer.ToHtml(cell.Source), safe)).Append("</section>\n");
                return false;
            case CellKind.Raw:
                // Like nbconvert: a raw cell reaches an HTML page only when it says it is HTML.
                var format = (string?)cell.Metadata["format"] ?? (string?)cell.Metadata["raw_mimetype"];
                if (format == "text/html") html.Append("<section class=\"cell raw\">\n").Append(Trusted(cell.Source, safe)).Append("\n</section>\n");
                return false;
        }
        if (notebook.LanguageOf(cell) == CellLanguages.Markdown)
        {
            html.Append("<section class=\"cell markdown\">\n").Append(Trusted(MarkdownRenderer.ToHtml(WithoutFirstLine(cell.Source)), safe)).Append("</section>\n");
            return false;
        }

        var role = cell.HasTag("injected-parameters") ? "injected-parameters" : cell.HasTag("parameters") ? "parameters" : null;
        html.Append("<section class=\"cell code").Append(role is null ? "" : " " + role).Append("\">\n<div class=\"input\">");
        var label = role switch { "parameters" => "parameters", "injected-parameters" => "injected parameters", _ => null };
        var count = cell.ExecutionCount is int n ? $"[{n}]" : null;
        if (label is not null || count is not null)
            html.Append("<span class=\"label\">").Append(string.Join(" ", new[] { label, count }.Where(s => s is not null))).Append("</span>");
        html.Append("<pre><code class=\"language-csharp\">").Append(Encode(cell.Source)).Append("</code></pre></div>\n");

        var hasChart = false;
        if (cell.Outputs.Count > 0)
        {
            html.Append("<div class=\"outputs\">\n");
            foreach (var output in cell.Outputs)
                hasChart |= AppendOutput(html, output, safe);
            html.Append("</div>\n");
        }
        html.Append("</section>\n");
        return hasChart;
    }

    private static bool AppendOutput(StringBuilder html, CellOutput output, Untrusted? safe)
    {
        switch (output)
        {
            case StreamOutput stream:
                html.Append("<div class=\"output stream ").Append(Encode(stream.Name)).Append("\"><pre>").Append(Encode(AnsiEscape().Replace(OutputLimit.Cut(stream.Text), ""))).Append("</pre></div>\n");
                return false;
            case ErrorOutput error:
                html.Append("<div class=\"output error\"><strong>").Append(Encode(error.Name)).Append("</strong>: ").Append(Encode(error.Value));
                var traceback = AnsiEscape().Replace(string.Join("\n", error.Traceback), "").Trim();
                if (traceback.Length > 0 && traceback != error.Value.Trim() && traceback != $"{error.Name}: {error.Value}".Trim())
                    html.Append("<pre>").Append(Encode(traceback)).Append("</pre>");
                html.Append("</div>\n");
                return false;
            case DisplayDataOutput display:
                return AppendData(html, display.Data, "display", safe);
            case ExecuteResultOutput result:
                return AppendData(html, result.Data, "result", safe);
            default:
                return false;
        }
    }

    /// <summary>The richest representation a page can show: HTML, SVG, an image, markdown, then plain text.</summary>
    private static bool AppendData(StringBuilder html, OutputData data, string kind, Untrusted? safe)
    {
        html.Append("<div class=\"output ").Append(kind).Append("\">");
        var hasChart = false;
        if (safe is not null && data.Json(MimeBundle.PlotlyJson) is JsonObject figure)
        {
            hasChart = true;
            html.Append(SafeCharts.FigureBlock(figure));
        }
        else if (data.Text("text/html") is { } fragment)
        {
            if (safe is not null) html.Append(safe.Clean(fragment));
            else
            {
                hasChart = PlotlyEmbedding.NeedsPlotly(fragment);
                html.Append(PlotlyEmbedding.StripScripts(fragment));
            }
        }
        // An SVG shown through <img> is drawn without running any script it holds.
        else if (data.Text("image/svg+xml") is { } svg)
            html.Append(safe is not null ? $"<img alt=\"\" src=\"data:image/svg+xml;base64,{Convert.ToBase64String(Encoding.UTF8.GetBytes(svg))}\">" : svg);
        else if (data.Text("image/png") is { } png) html.Append("<img alt=\"\" src=\"data:image/png;base64,").Append(Base64Attribute(png)).Append("\">");
        else if (data.Text("image/jpeg") is { } jpeg) html.Append("<img alt=\"\" src=\"data:image/jpeg;base64,").Append(Base64Attribute(jpeg)).Append("\">");
        else if (data.Text("text/markdown") is { } markdown) html.Append(Trusted(MarkdownRenderer.ToHtml(markdown), safe));
        else if (data.Text("text/plain") is { } text) html.Append("<pre>").Append(Encode(AnsiEscape().Replace(OutputLimit.Cut(text), ""))).Append("</pre>");
        html.Append("</div>\n");
        return hasChart;
    }

    /// <summary>The HTML as it is, or cleaned of everything that could run or mislead on a safe page.</summary>
    private static string Trusted(string html, Untrusted? safe) => safe is null ? html : safe.Clean(html);

    /// <summary>A safe page's cleaning, with the notebook's own images carried along (when its folder is known).</summary>
    private sealed record Untrusted(LocalImages? Images)
    {
        public string Clean(string html) => UntrustedHtml.Clean(html, Images);
    }

    private static string WithoutFirstLine(string source)
    {
        var trimmed = source.TrimStart('\n', '\r');
        var newline = trimmed.IndexOf('\n');
        return newline < 0 ? "" : trimmed[(newline + 1)..];
    }

    private static string Encode(string text) => HtmlText.Encode(text);

    // Image data comes from the notebook file, which anyone may have written: a quote in it must not end the
    // attribute (an "onerror" after it would run script when the page opens). Line breaks are dropped as before.
    private static string Base64Attribute(string data) => Encode(data.Replace("\n", "").Replace("\r", ""));
}
