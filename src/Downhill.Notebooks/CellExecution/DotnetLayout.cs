using System.Runtime.InteropServices;
using System.Text.Json;

namespace Downhill.Notebooks.CellExecution;

/// <summary>
/// Where the .NET this process runs on lives, in the two layouts the kit runs in.
/// <list type="bullet">
/// <item>Framework-dependent (<c>dotnet build</c>, <c>dotnet test</c>, <c>dotnet run</c>): the runtime is the shared
/// framework, <c>&lt;dotnet&gt;/shared/Microsoft.NETCore.App/&lt;version&gt;/</c>, and the dotnet root is three folders up.</item>
/// <item>Self-contained (the README's <c>./downhill</c>, published with the runtime and precompiled together with it into
/// one composite image, so a kernel does not JIT the framework's generics over Roslyn's types): the runtime's assemblies
/// sit beside the command's own, listed in its deps.json as the runtime pack, and the SDK (for <c>#r "nuget:"</c> restores
/// and the framework's XML docs) is found through DOTNET_HOST_PATH, DOTNET_ROOT or the <c>dotnet</c> on PATH.</item>
/// </list>
/// </summary>
public static class DotnetLayout
{
    private static readonly string RuntimeDirectory = WithSeparator(RuntimeEnvironment.GetRuntimeDirectory());

    /// <summary>True when the runtime was published with this program (its CoreLib sits in the program's folder).</summary>
    public static bool IsSelfContained { get; } =
        string.Equals(RuntimeDirectory, WithSeparator(AppContext.BaseDirectory), StringComparison.Ordinal);

    /// <summary>The runtime's own assemblies (Microsoft.NETCore.App) this process runs on: what every cell compiles against.</summary>
    public static IReadOnlyList<string> FrameworkAssemblies => LazyFrameworkAssemblies.Value;

    private static readonly Lazy<IReadOnlyList<string>> LazyFrameworkAssemblies = new(FindFrameworkAssemblies);

    /// <summary>The folder of the .NET installation with the <c>dotnet</c> host and its SDKs, or null when none is found.</summary>
    public static string? DotnetRoot => DotnetHost is { } host ? Path.GetDirectoryName(host) : null;

    /// <summary>The <c>dotnet</c> executable (the SDK's host), or null when none is found.</summary>
    public static string? DotnetHost { get; } = FindDotnetHost();

    private static IReadOnlyList<string> FindFrameworkAssemblies()
    {
        if (IsSelfContained && DepsFile() is { } deps && File.Exists(deps))
        {
            var listed = RuntimePackAssemblies(File.ReadAllText(deps), AppContext.BaseDirectory);
            if (listed.Count > 0) return listed;
        }
        // Framework-dependent: the trusted platform assemblies in the shared framework's folder (not the app's own).
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator);
        return trusted
            .Where(path => path.StartsWith(RuntimeDirectory, StringComparison.Ordinal) && path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The assemblies a deps.json lists under its runtime pack library (<c>"type": "runtimepack"</c>): in a self-contained
    /// app these are exactly the shared framework's assemblies, where the app's packages are listed under their own names.
    /// </summary>
    internal static IReadOnlyList<string> RuntimePackAssemblies(string depsJson, string appFolder)
    {
        using var deps = JsonDocument.Parse(depsJson);
        var root = deps.RootElement;
        if (!root.TryGetProperty("libraries", out var libraries) || !root.TryGetProperty("targets", out var targets)) return [];
        var runtimePacks = libraries.EnumerateObject()
            .Where(library => library.Value.TryGetProperty("type", out var type) && type.GetString() == "runtimepack")
            .Select(library => library.Name)
            .ToHashSet(StringComparer.Ordinal);
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var target in targets.EnumerateObject())
            foreach (var library in target.Value.EnumerateObject().Where(l => runtimePacks.Contains(l.Name)))
                if (library.Value.TryGetProperty("runtime", out var runtime))
                    foreach (var file in runtime.EnumerateObject().Where(f => f.Name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
                        paths.Add(Path.Combine(appFolder, Path.GetFileName(file.Name)));
        return paths.ToList();
    }

    private static string? DepsFile() =>
        ((string?)AppContext.GetData("APP_CONTEXT_DEPS_FILES"))?.Split(Path.PathSeparator).FirstOrDefault(path => path.Length > 0);

    private static string? FindDotnetHost()
    {
        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (!IsSelfContained)
        {
            // The host beside the runtime we run on: …/shared/Microsoft.NETCore.App/<version>/ lies three folders below it.
            var root = new DirectoryInfo(RuntimeDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent?.Parent?.Parent?.FullName;
            if (root is not null && File.Exists(Path.Combine(root, name))) return Path.Combine(root, name);
        }
        // The SDK that runs us (dotnet test, dotnet run) says where it is, and so does the `downhill` script and the kernelspec.
        // A link (/usr/bin/dotnet → /usr/share/dotnet/dotnet) is followed: the SDKs and packs lie beside its target.
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath)) return Resolved(hostPath);
        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } dotnetRoot && File.Exists(Path.Combine(dotnetRoot, name)))
            return Path.Combine(dotnetRoot, name);
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, name);
            if (!File.Exists(candidate)) continue;
            // /usr/bin/dotnet is usually a link into the installation (/usr/share/dotnet/dotnet), whose folder holds the SDKs.
            return Resolved(candidate);
        }
        return null;
    }

    private static string Resolved(string path) => new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;

    private static string WithSeparator(string folder) =>
        folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
}
