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
        "Plotly.NET.CSharp",
        "MathNet.Numerics",
        "FSharp.Core",
    };

    /// <summary>
    /// A sentence for <c>#r "nuget: Plotly.NET, 99.0.0"</c> asking for another version of a package the kit has
    /// loaded: the kit's copy is what the cell gets (two versions cannot live in one session), and it says so.
    /// Null when the request is satisfied as written (no version, the same version, or not a kit package).
    /// </summary>
    public static string? VersionNote(NuGetPackageMagic package)
    {
        if (package.Version is null || !Names.Contains(package.Name)) return null;
        var loaded = CellExecution.ScriptEnvironment.KitAssemblies.FirstOrDefault(a => string.Equals(a.GetName().Name, package.Name, StringComparison.OrdinalIgnoreCase));
        // The informational version is the package's (an assembly version such as FSharp.Core's 8.0.0.0 is not).
        var informational = loaded?.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion;
        if (informational is null) return null;
        var kitVersion = informational.Split('+')[0];
        if (package.Version.Trim() == kitVersion) return null;
        return $"#r \"nuget: {package.Name}, {package.Version}\": this session uses the kit's {package.Name} {kitVersion}, already loaded (one version per session).";
    }

    /// <summary>Simple names of the assemblies already loaded for cells (Downhill, Plotly.NET, …).</summary>
    public static readonly IReadOnlySet<string> AssemblyNames = new HashSet<string>(
        CellExecution.ScriptEnvironment.KitAssemblies.Select(a => a.GetName().Name!), StringComparer.OrdinalIgnoreCase);
}
