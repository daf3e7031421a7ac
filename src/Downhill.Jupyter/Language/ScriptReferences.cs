using System.Reflection;
using System.Runtime.InteropServices;
using Downhill.Notebooks.CellExecution;
using Microsoft.CodeAnalysis;

namespace Downhill.Jupyter.Language;

/// <summary>
/// The metadata references completion and inspection compile against — the same as the executor's
/// cells: the whole shared framework and the kit's assemblies, plus anything a cell has since loaded
/// with #r — each with its XML documentation where it can be found (next to the assembly, or in the
/// SDK's reference pack for the framework), so inspect can show doc summaries.
/// </summary>
internal sealed class ScriptReferences
{
    private readonly Dictionary<string, MetadataReference> _byPath = new(StringComparer.Ordinal);
    private readonly string? _referencePackFolder = FindReferencePack();
    private readonly string _runtimeDirectory = RuntimeEnvironment.GetRuntimeDirectory();
    private int _assemblyCount = -1;

    public ScriptReferences()
    {
        foreach (var path in DotnetLayout.FrameworkAssemblies)
            Add(path, Path.GetFileNameWithoutExtension(path));
        foreach (var assembly in ScriptEnvironment.KitAssemblies)
            Add(assembly.Location, assembly.GetName().Name);
    }

    public IEnumerable<MetadataReference> All => _byPath.Values;

    /// <summary>True when a cell loaded new assemblies (#r) since the last call: the project needs them.</summary>
    public bool Refresh()
    {
        var assemblies = AppDomain.CurrentDomain.GetAssemblies();
        if (assemblies.Length == _assemblyCount) return false;
        _assemblyCount = assemblies.Length;
        var before = _byPath.Count;
        foreach (var assembly in assemblies.Where(IsFromCell))
            Add(assembly.Location, assembly.GetName().Name);
        return _byPath.Count != before;
    }

    /// <summary>Loaded from a package or a path a cell named — not the kernel's own machinery (Roslyn, NetMQ).</summary>
    private bool IsFromCell(Assembly assembly) =>
        !assembly.IsDynamic
        && !string.IsNullOrEmpty(assembly.Location)
        && !assembly.Location.StartsWith(_runtimeDirectory, StringComparison.Ordinal)
        && !assembly.Location.StartsWith(AppContext.BaseDirectory, StringComparison.Ordinal);

    private void Add(string path, string? name)
    {
        if (_byPath.ContainsKey(path) || !ScriptEnvironment.IsManagedAssembly(path)) return;
        _byPath[path] = MappedMetadata.Reference(path, Documentation(path, name)); // the executor's metadata, not a second copy
    }

    private DocumentationProvider? Documentation(string path, string? name)
    {
        var beside = Path.ChangeExtension(path, ".xml");
        if (File.Exists(beside)) return new XmlDocFile(beside);
        if (_referencePackFolder is null || name is null) return null;
        // CoreLib's public types are documented under System.Runtime in the reference pack.
        var packName = name == "System.Private.CoreLib" ? "System.Runtime" : name;
        var inPack = Path.Combine(_referencePackFolder, packName + ".xml");
        return File.Exists(inPack) ? new XmlDocFile(inPack) : null;
    }

    private static string? FindReferencePack()
    {
        // docs: <dotnet>/packs/Microsoft.NETCore.App.Ref/<version>/ref/net<M>.<m>/ of the SDK installed on this machine
        if (DotnetLayout.DotnetRoot is not { } dotnetRoot) return null;
        var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        if (!Directory.Exists(packs)) return null;
        var framework = $"net{Environment.Version.Major}.{Environment.Version.Minor}";
        return Directory.GetDirectories(packs)
            .Select(folder => (Version: Version.TryParse(Path.GetFileName(folder).Split('-')[0], out var v) ? v : new Version(0, 0), Folder: Path.Combine(folder, "ref", framework)))
            .Where(candidate => Directory.Exists(candidate.Folder))
            .OrderByDescending(candidate => candidate.Version)
            .Select(candidate => candidate.Folder)
            .FirstOrDefault();
    }
}
