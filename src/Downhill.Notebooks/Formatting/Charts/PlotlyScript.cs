using System.Reflection;
using System.Text.RegularExpressions;

namespace Downhill.Notebooks.Formatting;

/// <summary>
/// plotly.js as shipped inside the Plotly.NET assembly (version 2.28.0 for Plotly.NET 6.0.0), so pages
/// and notebooks draw charts offline. Read once, then cached.
/// </summary>
public static class PlotlyScript
{
    private static readonly Assembly PlotlyNet = typeof(Plotly.NET.GenericChart).Assembly;

    // The resource is named like "Plotly.NET.plotly-2.28.0.min.js"; find it rather than hard-code
    // it so a Plotly.NET update that bumps plotly.js keeps working. PlotlyCarrier.targets finds the same resource by the
    // same pattern at build time, to pack it: change both together.
    private static readonly Regex ResourcePattern = new(@"plotly-(\d+\.\d+\.\d+)\.min\.js$");

    private static readonly Lazy<string> ResourceName = new(() =>
        PlotlyNet.GetManifestResourceNames().FirstOrDefault(n => ResourcePattern.IsMatch(n))
        ?? throw new InvalidOperationException("Plotly.NET no longer embeds plotly.js; charts cannot be drawn offline."));

    private static readonly Lazy<string> Embedded = new(() =>
    {
        using var stream = PlotlyNet.GetManifestResourceStream(ResourceName.Value)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The minified plotly.js source.</summary>
    public static string Source => Embedded.Value;

    /// <summary>The plotly.js version, e.g. "2.28.0" (read from the resource's name, not its 3.6 MB).</summary>
    public static string Version => ResourcePattern.Match(ResourceName.Value).Groups[1].Value;
}
