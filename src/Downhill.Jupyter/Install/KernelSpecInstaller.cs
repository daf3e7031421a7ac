using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Downhill.Notebooks.CellExecution;

namespace Downhill.Jupyter.Install;

/// <summary>A kernelspec folder found on Jupyter's search path.</summary>
public sealed record InstalledKernelSpec(string Folder, IReadOnlyList<string> Argv);

/// <summary>
/// Writes, removes and finds the `downhill` kernelspec: kernel.json (whose argv starts this very
/// build's kernel), the two logos Jupyter front-ends show, and plotly.js. Jupyter servers (Notebook 6 and
/// jupyter_server) serve a kernelspec's files at &lt;baseUrl&gt;kernelspecs/downhill/&lt;file&gt;, so a chart on a live
/// server page loads plotly.js from there and never depends on another output having carried it.
/// </summary>
public static class KernelSpecInstaller
{
    /// <summary>
    /// The command that starts this build's kernel: `dotnet downhill.dll` when running under the
    /// dotnet host, else the app host itself; Jupyter appends "kernel start {connection_file}".
    /// </summary>
    public static IReadOnlyList<string> LaunchCommandOfThisProcess()
    {
        var process = Environment.ProcessPath ?? throw new InvalidOperationException("Cannot tell which program is running, so the kernelspec cannot point at it.");
        var isDotnetHost = Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase);
        if (!isDotnetHost) return [process];
        var entry = Assembly.GetEntryAssembly()?.Location;
        if (string.IsNullOrEmpty(entry)) throw new InvalidOperationException("Cannot find the downhill assembly this dotnet host is running.");
        return [process, entry];
    }

    /// <summary>Stack size for the kernel's threads, in hex as the runtime reads DOTNET_DefaultStackSize: 64 MB.</summary>
    public const string CellStackSizeHex = "4000000";

    /// <summary>kernel.json's content for the given launch command.</summary>
    public static JsonObject KernelJson(IReadOnlyList<string> launchCommand)
    {
        if (launchCommand.Count == 0) throw new ArgumentException("The launch command needs at least the program to run.", nameof(launchCommand));
        var argv = new JsonArray(launchCommand.Concat(["kernel", "start", "{connection_file}"]).Select(a => (JsonNode?)a).ToArray());
        var env = new JsonObject
        {
            // Threads other than the cell's own (which CellRunner gives 64 MB itself) get the same deep stack
            // when a cell starts them; 64 MB (hex) is only reserved, not committed, until used. Endless
            // recursion in a cell is stopped by CellGuard.Enter before the stack runs out.
            ["DOTNET_DefaultStackSize"] = CellStackSizeHex,
        };
        // VS Code or JupyterLab may start the kernel with an environment that lacks what the shell had, so the kernelspec
        // names the .NET this build ran with: a framework-dependent app host finds its runtime through DOTNET_ROOT, and a
        // self-contained one (the README's ./downhill) needs only the SDK's dotnet, for #r "nuget:" restores.
        if (DotnetLayout.DotnetHost is { } host)
        {
            if (!DotnetLayout.IsSelfContained) env["DOTNET_ROOT"] = DotnetLayout.DotnetRoot;
            env["DOTNET_HOST_PATH"] = host;
        }
        return new JsonObject
        {
            ["argv"] = argv,
            ["display_name"] = KernelIdentity.DisplayName,
            ["language"] = KernelIdentity.LanguageName,
            ["interrupt_mode"] = "message",
            ["env"] = env,
            ["metadata"] = new JsonObject
            {
                ["debugger"] = false,
                ["downhill_version"] = KernelIdentity.ImplementationVersion,
            },
        };
    }

    /// <summary>The name of plotly.js in the kernelspec folder; the charts' script asks the server for this file.</summary>
    public const string PlotlyFileName = "plotly.min.js";

    /// <summary>Writes the kernelspec into <paramref name="kernelsFolder"/>/downhill (replacing one that is there) and returns that folder.</summary>
    public static string Install(string kernelsFolder, IReadOnlyList<string> launchCommand)
    {
        var folder = Path.Combine(kernelsFolder, KernelIdentity.KernelName);
        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "kernel.json"), KernelJson(launchCommand).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
            File.WriteAllBytes(Path.Combine(folder, "logo-32x32.png"), KernelLogo.Png(32));
            File.WriteAllBytes(Path.Combine(folder, "logo-64x64.png"), KernelLogo.Png(64));
            File.WriteAllText(Path.Combine(folder, PlotlyFileName), Downhill.Notebooks.Formatting.PlotlyScript.Source);
        }
        catch (UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"No permission to write {folder}; install with --user, or with --prefix into a folder you own.");
        }
        return folder;
    }

    /// <summary>Removes the kernelspec from <paramref name="kernelsFolder"/>; false when it was not there.</summary>
    public static bool Uninstall(string kernelsFolder)
    {
        var folder = Path.Combine(kernelsFolder, KernelIdentity.KernelName);
        if (!Directory.Exists(folder)) return false;
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"No permission to remove {folder}; it was installed by another user (try sudo, or the same --prefix you installed with).");
        }
        return true;
    }

    /// <summary>Every `downhill` kernelspec on <paramref name="searchPath"/>, in Jupyter's order (the first one wins).</summary>
    public static IReadOnlyList<InstalledKernelSpec> Find(IEnumerable<string> searchPath)
    {
        var found = new List<InstalledKernelSpec>();
        foreach (var kernels in searchPath)
        {
            var file = Path.Combine(kernels, KernelIdentity.KernelName, "kernel.json");
            if (!File.Exists(file)) continue;
            IReadOnlyList<string> argv;
            try
            {
                argv = JsonNode.Parse(File.ReadAllText(file))?["argv"]?.AsArray().Select(a => a?.GetValue<string>() ?? "").ToList() ?? [];
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                argv = [];
            }
            found.Add(new InstalledKernelSpec(Path.GetDirectoryName(file)!, argv));
        }
        return found;
    }
}
