using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace Downhill.Notebooks.Magics;

/// <summary>A package to restore; a null version means the latest stable one.</summary>
internal sealed record PackageRequest(string Name, string? Version);

/// <summary>
/// Restores NuGet packages for real, through the .NET SDK: it writes a small project targeting net10.0 that
/// references them, runs <c>dotnet restore</c> into the cache folder, and reads the runtime assemblies of the
/// package graph from the restore's project.assets.json. A package set restored before is not restored again.
/// </summary>
internal sealed class PackageRestorer(string cacheDirectory)
{
    public const string TargetFramework = "net10.0";

    /// <summary>The default cache when the session names none: the user's local data folder, shared between runs.</summary>
    public static string DefaultCacheDirectory =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "downhill", "nuget");

    public string CacheDirectory => cacheDirectory;

    /// <summary>Returns the full paths of the runtime assemblies the packages (and what they depend on) bring.</summary>
    /// <exception cref="InvalidOperationException">The restore failed; the message says which package and why.</exception>
    public async Task<IReadOnlyList<string>> RestoreAsync(IReadOnlyList<PackageRequest> packages, IReadOnlyList<string> sources, CancellationToken cancellation)
    {
        var project = ProjectXml(packages, sources);
        var folder = Path.Combine(cacheDirectory, "restore", Hash(project));
        var projectFile = Path.Combine(folder, "packages.csproj");
        var assetsFile = Path.Combine(folder, "obj", "project.assets.json");
        if (!RestoredBefore(projectFile, project, assetsFile))
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(projectFile, project, cancellation);
            await RunRestoreAsync(projectFile, packages, cancellation);
        }
        return RuntimeAssemblies(assetsFile);
    }

    // NuGet writes project.assets.json even when the restore fails, with the errors under "logs": only a clean
    // one means the packages are there. Otherwise a failed cell run a second time would pass without its package.
    private static bool RestoredBefore(string projectFile, string project, string assetsFile)
    {
        if (!File.Exists(assetsFile) || !File.Exists(projectFile) || File.ReadAllText(projectFile) != project) return false;
        try
        {
            using var assets = JsonDocument.Parse(File.ReadAllText(assetsFile));
            return !assets.RootElement.TryGetProperty("logs", out var logs)
                || !logs.EnumerateArray().Any(log => log.TryGetProperty("level", out var level) && level.GetString() == "Error");
        }
        catch (JsonException)
        {
            return false; // half written by a restore that was stopped: restore again
        }
    }

    private string ProjectXml(IReadOnlyList<PackageRequest> packages, IReadOnlyList<string> sources)
    {
        var properties = new XElement("PropertyGroup",
            new XElement("TargetFramework", TargetFramework),
            new XElement("RestorePackagesPath", Path.Combine(cacheDirectory, "packages")),
            new XElement("EnableDefaultItems", "false"),
            new XElement("ManagePackageVersionsCentrally", "false"));
        if (sources.Count > 0) properties.Add(new XElement("RestoreAdditionalProjectSources", string.Join(';', sources)));
        var references = new XElement("ItemGroup", packages.Select(p =>
            new XElement("PackageReference", new XAttribute("Include", p.Name), new XAttribute("Version", p.Version ?? "*"))));
        return new XElement("Project", new XAttribute("Sdk", "Microsoft.NET.Sdk"), properties, references).ToString();
    }

    private static async Task RunRestoreAsync(string projectFile, IReadOnlyList<PackageRequest> packages, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(DotNetExecutable())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(projectFile)!,
        };
        // Keep the restore to this project alone, whatever folder the cache sits in.
        foreach (var argument in new[] { "restore", projectFile, "-nologo", "-v:q",
                     "-p:ImportDirectoryBuildProps=false", "-p:ImportDirectoryPackagesProps=false", "-p:ImportDirectoryBuildTargets=false" })
            start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the .NET SDK (dotnet) to restore packages");
        var output = process.StandardOutput.ReadToEndAsync(cancellation);
        var errors = process.StandardError.ReadToEndAsync(cancellation);
        try
        {
            await process.WaitForExitAsync(cancellation);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        if (process.ExitCode == 0) return;

        var text = await output + "\n" + await errors;
        var reason = text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains("error", StringComparison.OrdinalIgnoreCase))
            ?? $"dotnet restore exited with code {process.ExitCode}";
        // MSBuild appends " [/path/to/packages.csproj]"; the student never saw that project.
        var bracket = reason.LastIndexOf(" [", StringComparison.Ordinal);
        if (bracket > 0 && reason.EndsWith(']')) reason = reason[..bracket];
        var colon = reason.IndexOf("error ", StringComparison.OrdinalIgnoreCase);
        if (colon > 0) reason = reason[colon..];
        var names = string.Join(", ", packages.Select(p => p.Version is null ? p.Name : $"{p.Name} {p.Version}"));
        throw new InvalidOperationException($"could not restore NuGet package {names}: {reason}");
    }

    private static IReadOnlyList<string> RuntimeAssemblies(string assetsFile)
    {
        using var assets = JsonDocument.Parse(File.ReadAllText(assetsFile));
        var root = assets.RootElement;
        var packageFolder = root.GetProperty("packageFolders").EnumerateObject().First().Name;
        var libraries = root.GetProperty("libraries");
        var paths = new List<string>();
        foreach (var target in root.GetProperty("targets").EnumerateObject().First().Value.EnumerateObject())
        {
            var name = target.Name.Split('/')[0];
            if (KitPackages.Names.Contains(name)) continue;
            if (!target.Value.TryGetProperty("runtime", out var runtime)) continue;
            var libraryPath = libraries.GetProperty(target.Name).GetProperty("path").GetString()!;
            foreach (var file in runtime.EnumerateObject())
            {
                if (Path.GetFileName(file.Name) == "_._") continue; // "nothing needed on this framework"
                if (KitPackages.AssemblyNames.Contains(Path.GetFileNameWithoutExtension(file.Name))) continue;
                paths.Add(Path.GetFullPath(Path.Combine(packageFolder, libraryPath, file.Name)));
            }
        }
        return paths;
    }

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 8).ToLowerInvariant();

    // The SDK beside the runtime, or the one the environment names (see DotnetLayout); a plain "dotnet" on PATH is the last resort.
    private static string DotNetExecutable() => CellExecution.DotnetLayout.DotnetHost ?? "dotnet";
}
