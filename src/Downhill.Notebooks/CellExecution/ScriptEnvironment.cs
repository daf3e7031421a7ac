using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;

namespace Downhill.Notebooks.CellExecution;

/// <summary>
/// What every cell compiles against: .NET Interactive's default usings, the whole shared framework,
/// and the kit's own assemblies (Downhill and its dependencies), exactly as the retired C# kernel set them up.
/// </summary>
public static class ScriptEnvironment
{
    /// <summary>
    /// The namespaces .NET Interactive's C# kernel imported into every cell. System.IO was never among them,
    /// so a notebook that needs File says <c>using System.IO;</c> and stays runnable in Polyglot Notebooks too.
    /// </summary>
    public static IReadOnlyList<string> DefaultImports { get; } =
    [
        "System",
        "System.Text",
        "System.Collections",
        "System.Collections.Generic",
        "System.Threading.Tasks",
        "System.Linq",
    ];

    /// <summary>The kit's assemblies, already loaded in this process and referenced by every cell.</summary>
    public static IReadOnlyList<Assembly> KitAssemblies { get; } =
    [
        typeof(Downhill.Landscape).Assembly,
        typeof(Downhill.Feedback).Assembly,
        typeof(Plotly.NET.GenericChart).Assembly,
        typeof(Plotly.NET.CSharp.Chart).Assembly,
        typeof(MathNet.Numerics.LinearAlgebra.Vector<>).Assembly,
        typeof(Microsoft.FSharp.Core.FSharpOption<>).Assembly,
        typeof(ScriptEnvironment).Assembly,
    ];

    // Metadata references are expensive to read and Roslyn caches what it learns per reference object,
    // so one shared list serves every session in the process (this is most of what makes warm cells fast).
    private static readonly Lazy<ImmutableArray<MetadataReference>> FrameworkReferences = new(LoadFrameworkReferences);

    internal static ScriptOptions CreateOptions(string workingDirectory) =>
        ScriptOptions.Default
            .WithReferences(FrameworkReferences.Value)
            .AddReferences(KitAssemblies.Select(assembly => MappedMetadata.Reference(assembly.Location)))
            .WithImports(DefaultImports)
            // Line numbers in exceptions' stack traces. Scripting's default optimization level (Debug) stays: compiled
            // optimized, a cell's own loops ran about 20 % faster, but an exception's stack frame lost its line.
            .WithEmitDebugInformation(true)
            .WithFileEncoding(Encoding.UTF8)
            .WithSourceResolver(new SourceFileResolver(ImmutableArray<string>.Empty, workingDirectory))
            .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(workingDirectory));

    private static ImmutableArray<MetadataReference> LoadFrameworkReferences() =>
        DotnetLayout.FrameworkAssemblies
            .Where(IsManagedAssembly)
            .Select(path => (MetadataReference)MappedMetadata.Reference(path))
            .ToImmutableArray();

    /// <summary>True when the file is a .NET assembly (has metadata), not a native library or any other file.</summary>
    public static bool IsManagedAssembly(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
            return reader.HasMetadata;
        }
        catch (Exception e) when (e is BadImageFormatException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
