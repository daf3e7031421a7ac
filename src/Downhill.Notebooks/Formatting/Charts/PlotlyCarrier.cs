namespace Downhill.Notebooks.Formatting;

/// <summary>
/// plotly.js as a data block that a chart's script can unpack: <c>&lt;script type="application/x-downhill-plotly"&gt;</c>
/// holding the minified source gzip-compressed and base64-encoded (about 1.5 MB instead of 3.6 MB; packed when the kit is
/// built, not in every kernel). A browser does not run a script of that type; the chart scripts look for it, unpack it
/// with DecompressionStream and evaluate it once.
/// Every session's formatter (the kernel's and <c>downhill run</c>'s) puts one in front of its first chart, so exported and
/// reopened notebooks draw offline; the kit's pages strip it and load plotly.js once.
/// </summary>
public static class PlotlyCarrier
{
    /// <summary>The script type that marks the block (not a JavaScript type, so nothing runs it).</summary>
    public const string ScriptType = "application/x-downhill-plotly";

    private static readonly Lazy<string> Block = new(Build);

    /// <summary>The whole block, ready to put in front of a chart's HTML.</summary>
    public static string Html => Block.Value;

    // Packed at build time (PlotlyCarrier.targets) from the same Plotly.NET assembly PlotlyScript reads.
    private static string Build()
    {
        using var stream = typeof(PlotlyCarrier).Assembly.GetManifestResourceStream("Downhill.Notebooks.plotly.gz.b64")
            ?? throw new InvalidOperationException("this build lacks the packed plotly.js (Formatting/Charts/PlotlyCarrier.targets); charts cannot be drawn offline.");
        using var reader = new StreamReader(stream);
        // data-downhill="plotly.js" is what page renderers look for to strip copies of plotly.js.
        return $"<script type=\"{ScriptType}\" {OutputFormatter.PlotlyScriptMarker} data-plotly-version=\"{PlotlyScript.Version}\" data-encoding=\"gzip+base64\">" +
               reader.ReadToEnd() + "</script>";
    }
}
