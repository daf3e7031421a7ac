using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Downhill.Notebooks.Formatting;

/// <summary>
/// The HTML view of a <see cref="Plot"/> in a notebook output or page: a div of explicit height and one script that draws the figure into
/// it. The script (PlotBootstrap.js, embedded) finds its own div, draws at once when plotly.js is on the page,
/// and otherwise waits for it without a time limit — see that file for where plotly.js comes from.
/// </summary>
public static class PlotHtml
{
    /// <summary>The height of a chart whose layout names none (plotly.js's own default).</summary>
    public const int DefaultHeight = 450;

    private static readonly Lazy<string> Bootstrap = new(LoadBootstrap);

    /// <summary>The div and script that draw <paramref name="plot"/>; the same figure always gives the same HTML.</summary>
    public static string Render(Plot plot) => Render(plot.ElementId, plot.ToJson(), plot.Height);

    private static string Render(string elementId, string figureJson, int? height) =>
        $"<div id=\"{elementId}\" class=\"downhill-plot\" style=\"height:{(height ?? DefaultHeight).ToString(CultureInfo.InvariantCulture)}px\"></div>\n" +
        $"<script>\n{Bootstrap.Value}({JsonValue.Create(elementId).ToJsonString()}, {figureJson});\n</script>";

    // The file's comments are for maintainers; every chart output would carry them, so they are left out.
    private static string LoadBootstrap()
    {
        using var stream = typeof(PlotHtml).Assembly.GetManifestResourceStream("Downhill.Notebooks.Formatting.Charts.PlotBootstrap.js")
            ?? throw new InvalidOperationException("The chart script PlotBootstrap.js is missing from the Downhill.Notebooks assembly.");
        using var reader = new StreamReader(stream);
        var code = new StringBuilder();
        while (reader.ReadLine() is { } line)
            if (!line.TrimStart().StartsWith("//", StringComparison.Ordinal)) code.Append(line).Append('\n');
        return code.ToString().TrimEnd();
    }
}
