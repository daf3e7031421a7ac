using System.Reflection;
using System.Text.RegularExpressions;

namespace Downhill.Notebooks.Formatting;

/// <summary>
/// plotly.js as shipped inside the Plotly.NET assembly (version 2.28.0 for Plotly.NET 6.0.0), so pages
/// and notebooks draw charts offline. Read once, then cached.
/// </summary>
public static class PlotlyScript
{
    private static readonly Lazy<(string Source, string Version)> Embedded = new(Load);

    /// <summary>The minified plotly.js source.</summary>
    public static string Source => Embedded.Value.Source;

    /// <summary>The plotly.js version, e.g. "2.28.0".</summary>
    public static string Version => Embedded.Value.Version;

    private static (string, string) Load()
    {
        var assembly = typeof(Plotly.NET.GenericChart).Assembly;
        // The resource is named like "Plotly.NET.plotly-2.28.0.min.js"; find it rather than hard-code
        // it so a Plotly.NET update that bumps plotly.js keeps working.
        var pattern = new Regex(@"plotly-(\d+\.\d+\.\d+)\.min\.js$");
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => pattern.IsMatch(n))
            ?? throw new InvalidOperationException("Plotly.NET no longer embeds plotly.js; charts cannot be drawn offline.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return (reader.ReadToEnd(), pattern.Match(name).Groups[1].Value);
    }
}
