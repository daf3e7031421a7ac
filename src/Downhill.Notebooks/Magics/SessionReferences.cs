using Downhill.Notebooks.CellExecution;

namespace Downhill.Notebooks.Magics;

/// <summary>
/// The references a session's cells asked for with <c>#r</c> and <c>#i</c>, accumulated cell after cell:
/// package sources, packages (restored together, so versions agree), and assembly files.
/// </summary>
internal sealed class SessionReferences(string workingDirectory, PackageRestorer restorer)
{
    private readonly List<string> sources = [];
    private readonly List<PackageRequest> packages = [];
    private readonly HashSet<string> assemblyFiles = new(StringComparer.Ordinal);

    /// <summary>
    /// Honours the cell's #i and #r lines and returns the assembly files that cells must now reference
    /// in addition to those already referenced. A cell that fails here changes nothing: what it asked for
    /// is recorded only once all of it could be honoured, so the same cell, corrected, adds everything.
    /// </summary>
    /// <exception cref="MagicCommandException">A file is missing or not an assembly, or a restore failed.</exception>
    public async Task<IReadOnlyList<string>> AddAsync(PreparedCell cell, CancellationToken cancellation)
    {
        var allSources = sources.ToList();
        foreach (var source in cell.Magics.OfType<NuGetSourceMagic>().Select(s => ResolveSource(s.Source)))
            if (!allSources.Contains(source)) allSources.Add(source);

        var files = new List<string>();
        foreach (var reference in cell.Magics.OfType<AssemblyReferenceMagic>())
        {
            // Polyglot Notebooks users load the kit with #r ".../Downhill.dll"; the loaded copy answers that.
            if (KitPackages.AssemblyNames.Contains(reference.AssemblyName)) continue;
            var path = reference.FullPath(workingDirectory);
            if (!File.Exists(path))
                throw new MagicCommandException(reference.Line, $"cannot find the assembly {reference.Path} (looked for {path})");
            // Roslyn would accept any file and then fail every later cell with CS0009; refuse it once, here.
            if (!ScriptEnvironment.IsManagedAssembly(path))
                throw new MagicCommandException(reference.Line, $"{reference.Path} is not a .NET assembly, so #r cannot load it (read {path})");
            files.Add(path);
        }

        var wanted = cell.Magics.OfType<NuGetPackageMagic>().Where(p => !KitPackages.Names.Contains(p.Name)).ToList();
        var added = wanted.Where(p => !packages.Any(known => string.Equals(known.Name, p.Name, StringComparison.OrdinalIgnoreCase))).ToList();
        foreach (var conflict in wanted.Except(added))
        {
            var known = packages.First(k => string.Equals(k.Name, conflict.Name, StringComparison.OrdinalIgnoreCase));
            if (conflict.Version is not null && !string.Equals(known.Version, conflict.Version, StringComparison.OrdinalIgnoreCase))
                throw new MagicCommandException(conflict.Line, $"{known.Name} {known.Version ?? "(latest)"} is already loaded in this session; restart it to use version {conflict.Version}");
        }

        var allPackages = packages.Concat(added.Select(p => new PackageRequest(p.Name, p.Version))).ToList();
        if (added.Count > 0)
        {
            try
            {
                files.AddRange(await restorer.RestoreAsync(allPackages, allSources, cancellation));
            }
            catch (InvalidOperationException e)
            {
                throw new MagicCommandException(added[0].Line, e.Message); // the session keeps its earlier packages
            }
        }

        sources.Clear();
        sources.AddRange(allSources);
        packages.Clear();
        packages.AddRange(allPackages);
        return files.Where(assemblyFiles.Add).ToList();
    }

    // A local folder source is relative to the notebook like every other path in it.
    private string ResolveSource(string source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) && !uri.IsFile ? source : Path.GetFullPath(source, workingDirectory);
}
