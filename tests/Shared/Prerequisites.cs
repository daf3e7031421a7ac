namespace Downhill.Testing;

/// <summary>
/// External programs some tests need (Debian's Chromium, bubblewrap and Python's Jupyter packages).
/// On a developer's machine without them those tests skip with a reason; in CI (CI=true) a missing
/// prerequisite is a failure, because .ci/run installs them.
/// </summary>
public static class Prerequisites
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Debian's Python (not a pyenv shim), where python3-nbformat and friends live.</summary>
    public const string DebianPython = "/usr/bin/python3";

    public const string Jupyter = "/usr/bin/jupyter";

    /// <summary>Debian's Jupyter Notebook 6 (the classic browser front end).</summary>
    public const string JupyterNotebook = "/usr/bin/jupyter-notebook";

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns Chromium's path, or skips (fails in CI) when it is not installed.</summary>
    public static string RequireChromium()
    {
        Require(File.Exists(ChromiumPath), "Debian's chromium is not installed (apt-get install chromium)");
        return ChromiumPath;
    }

    public const string BubblewrapPath = "/usr/bin/bwrap";

    /// <summary>Returns bubblewrap's path, or skips (fails in CI) when Debian's bubblewrap is not installed.</summary>
    public static string RequireBubblewrap()
    {
        Require(File.Exists(BubblewrapPath), "Debian's bubblewrap is not installed (apt-get install bubblewrap)");
        return BubblewrapPath;
    }

    /// <summary>Returns Debian's python3 after checking it can import the given modules, or skips (fails in CI).</summary>
    public static string RequirePythonModules(params string[] modules)
    {
        Require(File.Exists(DebianPython), "Debian's python3 is not installed");
        var missing = modules.Where(m => !PythonCanImport(m)).ToArray();
        Require(missing.Length == 0, $"python3 cannot import {string.Join(", ", missing)} (apt-get install python3-nbformat python3-nbclient python3-jupyter-client jupyter-nbconvert)");
        return DebianPython;
    }

    /// <summary>Returns the jupyter command, or skips (fails in CI) when it is not installed.</summary>
    public static string RequireJupyter()
    {
        Require(File.Exists(Jupyter), "jupyter is not installed (apt-get install jupyter-nbconvert jupyter-client)");
        return Jupyter;
    }

    /// <summary>Returns Debian's jupyter-notebook command, or skips (fails in CI) when it is not installed.</summary>
    public static string RequireJupyterNotebook()
    {
        Require(File.Exists(JupyterNotebook), "Jupyter Notebook is not installed (apt-get install jupyter-notebook)");
        return JupyterNotebook;
    }

    private static readonly Lazy<bool> RegistryAnswers = new(AnyNuGetSourceAnswers);

    /// <summary>Skips (fails in CI) unless one of the NuGet package sources configured for the SDK answers.</summary>
    public static void RequireNuGetRegistry() =>
        Require(RegistryAnswers.Value, "no NuGet package source answers (these tests restore a package from the registry)");

    // Asks each enabled source from `dotnet nuget list source` for its index, a few seconds each: an offline
    // machine fails fast here instead of in a five-minute restore.
    private static bool AnyNuGetSourceAnswers()
    {
        var list = ProcessRun.Run(new System.Diagnostics.ProcessStartInfo("dotnet", ["nuget", "list", "source", "--format", "short"]), TimeSpan.FromMinutes(2));
        var lines = list.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        foreach (var line in lines)
        {
            var parts = line.Split(' ', 2, StringSplitOptions.TrimEntries);
            if (parts.Length < 2 || !parts[0].StartsWith('E') || !Uri.TryCreate(parts[1], UriKind.Absolute, out var source) || !source.Scheme.StartsWith("http")) continue;
            try
            {
                using var response = http.GetAsync(source, HttpCompletionOption.ResponseHeadersRead).GetAwaiter().GetResult();
                if (response.IsSuccessStatusCode) return true;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Unreachable: try the next source.
            }
        }
        return false;
    }

    /// <summary>Skips (fails in CI) when <paramref name="missing"/> names something missing; a check of its own returns it (see ClassOnHub).</summary>
    public static void RequireNothingMissing(string? missing)
    {
        if (missing is not null) Require(false, missing);
    }

    private static void Require(bool present, string reason)
    {
        if (present) return;
        if (InCi) Assert.Fail($"Required in CI: {reason}.");
        Assert.Skip(reason);
    }

    private static readonly Dictionary<string, bool> ImportCache = new();

    private static bool PythonCanImport(string module)
    {
        lock (ImportCache)
        {
            if (ImportCache.TryGetValue(module, out var known)) return known;
            var import = ProcessRun.Run(new System.Diagnostics.ProcessStartInfo(DebianPython, ["-c", $"import {module}"]), TimeSpan.FromMinutes(2));
            return ImportCache[module] = import.ExitCode == 0;
        }
    }
}
