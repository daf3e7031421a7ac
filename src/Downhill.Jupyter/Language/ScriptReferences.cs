using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Downhill.Jupyter.Language;

/// <summary>
/// The metadata references and usings completion and inspection compile against: every assembly
/// the kernel process has loaded (so the Downhill kit and anything a cell pulled in with #r), with
/// XML documentation where it can be found (next to the assembly, or in the SDK's reference pack
/// for the framework).
/// </summary>
internal sealed class ScriptReferences
{
    /// <summary>The usings a cell starts with, as in the executor (and .NET Interactive before it).</summary>
    public static readonly string[] DefaultUsings =
    [
        "System", "System.Collections", "System.Collections.Generic", "System.IO", "System.Linq",
        "System.Text", "System.Threading", "System.Threading.Tasks",
    ];

    private readonly Dictionary<string, MetadataReference> _byPath = new(StringComparer.Ordinal);
    private readonly string? _referencePackFolder = FindReferencePack();
    private int _assemblyCount = -1;

    /// <summary>True when assemblies were loaded since the last call (a cell ran #r): the project needs new references.</summary>
    public bool Refresh()
    {
        var assemblies = AppDomain.CurrentDomain.GetAssemblies();
        if (assemblies.Length == _assemblyCount) return false;
        _assemblyCount = assemblies.Length;
        var changed = false;
        foreach (var assembly in assemblies)
        {
            if (assembly.IsDynamic || string.IsNullOrEmpty(assembly.Location) || _byPath.ContainsKey(assembly.Location)) continue;
            try
            {
                _byPath[assembly.Location] = MetadataReference.CreateFromFile(assembly.Location, documentation: Documentation(assembly));
                changed = true;
            }
            catch (IOException) { /* an assembly that vanished from disk cannot be offered */ }
        }
        return changed;
    }

    public IEnumerable<MetadataReference> All => _byPath.Values;

    private DocumentationProvider? Documentation(Assembly assembly)
    {
        var name = assembly.GetName().Name;
        var beside = Path.ChangeExtension(assembly.Location, ".xml");
        if (File.Exists(beside)) return XmlDocumentationProvider.CreateFromFile(beside);
        if (_referencePackFolder is null || name is null) return null;
        // CoreLib's public types are documented under System.Runtime in the reference pack.
        var packName = name == "System.Private.CoreLib" ? "System.Runtime" : name;
        var inPack = Path.Combine(_referencePackFolder, packName + ".xml");
        return File.Exists(inPack) ? XmlDocumentationProvider.CreateFromFile(inPack) : null;
    }

    private static string? FindReferencePack()
    {
        // runtime folder: <dotnet>/shared/Microsoft.NETCore.App/<version>/ → <dotnet>/packs/Microsoft.NETCore.App.Ref/<version>/ref/net<major>.<minor>/
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location);
        var dotnetRoot = runtime is null ? null : Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        var packs = dotnetRoot is null ? null : Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        if (packs is null || !Directory.Exists(packs)) return null;
        var framework = $"net{Environment.Version.Major}.{Environment.Version.Minor}";
        return Directory.GetDirectories(packs)
            .Select(version => Path.Combine(version, "ref", framework))
            .Where(Directory.Exists)
            .OrderByDescending(path => path, StringComparer.Ordinal)
            .FirstOrDefault();
    }
}
