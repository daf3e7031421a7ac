using Microsoft.CodeAnalysis;

namespace Downhill.Notebooks.CellExecution;

/// <summary>
/// The metadata of the assemblies cells compile against (the shared framework and the kit), read through memory-mapped
/// files and shared by everything in the process that compiles: the executor's cells and the kernel's completion.
/// </summary>
/// <remarks>
/// Roslyn's <c>MetadataReference.CreateFromFile</c> copies the whole file into private memory so as not to keep it open:
/// some 65 MB for the framework and the kit, and the kernel's completion used to make a second copy — in every kernel
/// of a class. Mapped, the pages come from the file cache, which all the kernels on a server share, and only the
/// metadata pages are read at all. The files stay open while the process runs; they are the runtime's and the kit's
/// own, which nothing replaces under a running kernel.
/// </remarks>
public static class MappedMetadata
{
    private static readonly Dictionary<string, AssemblyMetadata> ByPath = new(StringComparer.Ordinal);

    /// <summary>A reference to the assembly at <paramref name="path"/>, with its documentation if given; one mapping per file.</summary>
    public static PortableExecutableReference Reference(string path, DocumentationProvider? documentation = null)
    {
        AssemblyMetadata metadata;
        lock (ByPath)
        {
            if (!ByPath.TryGetValue(path, out metadata!))
                ByPath[path] = metadata = AssemblyMetadata.CreateFromFile(path);
        }
        return metadata.GetReference(documentation: documentation, filePath: path);
    }
}
