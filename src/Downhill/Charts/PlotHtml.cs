using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Downhill;

/// <summary>
/// The HTML a <see cref="Plot"/> renders to: a div of explicit height and one script that draws the figure into
/// it. The script (PlotBootstrap.js, embedded) finds its own div, draws at once when plotly.js is on the page,
/// and otherwise waits for it without a time limit — see that file for where plotly.js comes from.
/// </summary>
internal static class PlotHtml
{
    /// <summary>The height of a chart whose layout names none (plotly.js's own default).</summary>
    public const int DefaultHeight = 450;

    private static readonly Lazy<string> Bootstrap = new(LoadBootstrap);

    public static string Render(string elementId, string figureJson, int? height) =>
        $"<div id=\"{elementId}\" class=\"downhill-plot\" style=\"height:{(height ?? DefaultHeight).ToString(CultureInfo.InvariantCulture)}px\"></div>\n" +
        $"<script>\n{Bootstrap.Value}({JsonSerializer.Serialize(elementId)}, {figureJson});\n</script>";

    // The file's comments are for maintainers; every chart output would carry them, so they are left out.
    private static string LoadBootstrap()
    {
        using var stream = typeof(PlotHtml).Assembly.GetManifestResourceStream("Downhill.Charts.PlotBootstrap.js")
            ?? throw new InvalidOperationException("The chart script PlotBootstrap.js is missing from the Downhill assembly.");
        using var reader = new StreamReader(stream);
        var code = new StringBuilder();
        while (reader.ReadLine() is { } line)
            if (!line.TrimStart().StartsWith("//", StringComparison.Ordinal)) code.Append(line).Append('\n');
        return code.ToString().TrimEnd();
    }
}
