using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Security;
using Downhill.Notebooks.CellExecution;
using Downhill.Notebooks.Tests.CellExecution;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Downhill.Notebooks.Tests.Magics;

/// <summary>
/// Builds the assemblies and packages the magic tests reference, at test time: a one-class library compiled
/// with Roslyn, and a .nupkg holding it for a local package feed.
/// </summary>
internal static class TestLibraries
{
    /// <summary>The library's only type: <c>Tiny.Greeter.Hello("x")</c> returns "hello, x".</summary>
    public const string TinySource = """
        namespace Tiny;

        public static class Greeter
        {
            public static string Hello(string name) => "hello, " + name;
        }
        """;

    /// <summary>Compiles <see cref="TinySource"/> into <paramref name="dllPath"/> (folders created as needed).</summary>
    public static string CompileTiny(string dllPath, string assemblyName = "Tiny")
    {
        var runtime = RuntimeEnvironment.GetRuntimeDirectory();
        // CoreLib for the types, System.Runtime because cells see string and object through it: they must unify.
        MetadataReference[] references =
        [
            MetadataReference.CreateFromFile(typeof(object).Assembly.Location),
            MetadataReference.CreateFromFile(Path.Combine(runtime, "System.Runtime.dll")),
        ];
        var compilation = CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(TinySource)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, deterministic: true));
        Directory.CreateDirectory(Path.GetDirectoryName(dllPath)!);
        var emitted = compilation.Emit(dllPath);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return dllPath;
    }

    /// <summary>
    /// Writes <paramref name="id"/>.<paramref name="version"/>.nupkg into <paramref name="feedFolder"/> with the
    /// assembly under lib/net10.0. A .nupkg is a zip with a .nuspec at its root; that is all a folder feed needs,
    /// and writing it directly spares each test run a nested <c>dotnet pack</c> build.
    /// </summary>
    public static string Pack(string feedFolder, string id, string version, string dllPath)
    {
        Directory.CreateDirectory(feedFolder);
        var package = Path.Combine(feedFolder, $"{id}.{version}.nupkg");
        using var zip = ZipFile.Open(package, ZipArchiveMode.Create);
        using (var nuspec = new StreamWriter(zip.CreateEntry($"{id}.nuspec").Open()))
            nuspec.Write($"""
                <?xml version="1.0" encoding="utf-8"?>
                <package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
                  <metadata>
                    <id>{SecurityElement.Escape(id)}</id>
                    <version>{SecurityElement.Escape(version)}</version>
                    <authors>Downhill tests</authors>
                    <description>A one-class library built by the tests.</description>
                  </metadata>
                </package>
                """);
        zip.CreateEntryFromFile(dllPath, $"lib/net10.0/{Path.GetFileName(dllPath)}");
        return package;
    }
}

/// <summary>A fresh folder under the system temp folder, deleted (as far as possible) when disposed.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Path = Downhill.Testing.RepositoryPaths.NewTempFolder("downhill-magics");

    public string Path { get; }

    /// <summary>A path inside the folder.</summary>
    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    /// <summary>True when the folder at <paramref name="relative"/> is missing or holds nothing.</summary>
    public bool IsEmpty(string relative) =>
        !Directory.Exists(this[relative]) || !Directory.EnumerateFileSystemEntries(this[relative]).Any();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A loaded assembly can hold its file on some systems; the temp folder is cleaned up later anyway.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>Cells whose #r "nuget: …" restores packages through the .NET SDK.</summary>
internal static class RestoringCells
{
    /// <summary>
    /// Runs a cell that restores: slow on a cold cache or a slow network, so it gets a generous limit of its
    /// own rather than any timing assertion.
    /// </summary>
    public static async Task<(ExecutionResult Result, CollectingSink Sink)> RunRestoring(this SessionHarness cells, string code)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(TimeSpan.FromMinutes(5));
        return await cells.Interruptible(code, limit.Token);
    }
}
