using System.Diagnostics;
using System.Reflection.PortableExecutable;
using Downhill.Testing;

namespace Downhill.Notebooks.Tests.Cli;

/// <summary>
/// The README's build (`./downhill`, publishing into .downhill/cli) is precompiled: ReadyToRun code is what makes a
/// notebook or a kernel start in about a second and lets a class of kernels share their code pages. Read from the
/// published assemblies' headers, not timed.
/// </summary>
public sealed class ReadyToRunPublishTests
{
    // The command, the executor, the kernel, the library and Roslyn: the code every cell runs through.
    private static readonly string[] HotAssemblies =
    [
        "Downhill.Cli", "Downhill.Notebooks", "Downhill.Jupyter", "Downhill",
        "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "Microsoft.CodeAnalysis.Scripting", "Microsoft.CodeAnalysis.CSharp.Scripting",
        "NetMQ", "Plotly.NET", "FSharp.Core", "MathNet.Numerics",
    ];

    [Fact]
    public void The_READMEs_build_publishes_every_assembly_precompiled()
    {
        // Publishes into .downhill/cli first when the sources changed since the last publish, as the README's first command does.
        var run = ProcessRun.Run(new ProcessStartInfo(Path.Combine(RepositoryPaths.Root, "downhill"), ["--version"]), TimeSpan.FromMinutes(20));
        Assert.True(run.ExitCode == 0, $"./downhill --version failed:\n{run.Output}");
        var published = Path.Combine(RepositoryPaths.Root, ".downhill", "cli");

        // Facades (type forwarders, no method bodies, like System.ServiceModel.*) have no code to precompile.
        var assemblies = Directory.GetFiles(published, "*.dll").Where(HasCode)
            .ToDictionary(path => Path.GetFileNameWithoutExtension(path), path => IsReadyToRun(path));

        foreach (var name in HotAssemblies)
            Assert.True(assemblies.ContainsKey(name), $"{name}.dll is not in {published}");
        var ilOnly = assemblies.Where(a => !a.Value).Select(a => a.Key).Order().ToList();
        Assert.True(ilOnly.Count == 0, $"IL only, not precompiled: {string.Join(", ", ilOnly)}");
    }

    [Fact]
    public void The_header_checks_tell_il_only_from_precompiled_and_code_from_a_facade()
    {
        // The test assembly is built, not published: IL only, with code. The runtime's own System.Private.CoreLib is precompiled.
        Assert.False(IsReadyToRun(typeof(ReadyToRunPublishTests).Assembly.Location));
        Assert.True(IsReadyToRun(typeof(object).Assembly.Location));
        Assert.True(HasCode(typeof(ReadyToRunPublishTests).Assembly.Location));
        Assert.False(HasCode(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "mscorlib.dll"))); // the runtime's facade for .NET Framework code
    }

    /// <summary>True when some method has a body (IL at an address); a facade only forwards types to another assembly.</summary>
    private static bool HasCode(string path)
    {
        using var reader = new PEReader(File.OpenRead(path));
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(reader);
        return metadata.MethodDefinitions.Any(method => metadata.GetMethodDefinition(method).RelativeVirtualAddress != 0);
    }

    /// <summary>A ReadyToRun image has a managed native header (READYTORUN_HEADER) in its CLI header; an IL-only one has none.</summary>
    private static bool IsReadyToRun(string path)
    {
        using var reader = new PEReader(File.OpenRead(path));
        return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }
}
