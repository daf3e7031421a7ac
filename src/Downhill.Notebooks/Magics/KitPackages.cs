namespace Downhill.Notebooks.Magics;

/// <summary>
/// Packages the kit carries already loaded, so <c>#r "nuget: …"</c> for them is satisfied without a restore
/// (and without loading a second, conflicting copy). Plotly.NET.Interactive was .NET Interactive's chart
/// formatter; the kit's own formatter does its job, so asking for it is honoured as is.
/// </summary>
internal static class KitPackages
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Downhill",
        "Plotly.NET",
        "Plotly.NET.Interactive",
        "MathNet.Numerics",
        "FSharp.Core",
    };

    /// <summary>Simple names of the assemblies already loaded for cells (Downhill, Plotly.NET, …).</summary>
    public static readonly IReadOnlySet<string> AssemblyNames = new HashSet<string>(
        Execution.ScriptEnvironment.KitAssemblies.Select(a => a.GetName().Name!), StringComparer.OrdinalIgnoreCase);
}
