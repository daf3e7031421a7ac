using System.Diagnostics;
using System.Text.Json.Nodes;
using Downhill.Notebooks.Tests.Browser;
using Downhill.Notebooks.Tests.Cli;
using Downhill.Testing;

namespace Downhill.Notebooks.Tests.Hosts;

/// <summary>
/// Every lesson executed through the kit's kernel by Jupyter's own client (`jupyter nbconvert --to notebook
/// --execute`, the kernel installed with `downhill kernel install --prefix` into a temporary folder), as VS Code,
/// JupyterLab and Notebook 6 hold them after Run All. Done once for all the host tests, on first use, so a
/// machine without Jupyter skips (or, in CI, fails) with a reason instead of failing in the fixture. The host
/// tests share one Chromium too.
/// </summary>
public sealed class KernelExecutedLessons : IAsyncDisposable
{
    private readonly SemaphoreSlim browserGate = new(1, 1);
    private HeadlessChromium? browser;
    private readonly Lazy<(string Folder, IReadOnlyList<string> Notebooks)> executed;
    private readonly Lazy<IReadOnlyList<string>> exported;
    private readonly string root = RepositoryPaths.NewTempFolder("downhill-hosts");

    public KernelExecutedLessons()
    {
        executed = new Lazy<(string, IReadOnlyList<string>)>(Execute);
        exported = new Lazy<IReadOnlyList<string>>(ExportHtml);
    }

    /// <summary>The lessons under notebooks/ by file name, as theory data.</summary>
    public static TheoryData<string> LessonNames()
    {
        var data = new TheoryData<string>();
        foreach (var lesson in Lessons) data.Add(lesson);
        return data;
    }

    /// <summary>The lessons under notebooks/, by file name.</summary>
    public static IReadOnlyList<string> Lessons => RepositoryPaths.LessonFiles;

    /// <summary>The executed notebooks' paths, in lesson order (skips when Jupyter is missing).</summary>
    public IReadOnlyList<string> Notebooks
    {
        get
        {
            Prerequisites.RequireJupyter();
            Prerequisites.RequirePythonModules("nbconvert", "nbclient", "nbformat");
            if (Lessons.Count == 0) Assert.Skip("There are no notebooks under notebooks/ yet.");
            return executed.Value.Notebooks;
        }
    }

    /// <summary>The executed notebook of one lesson (by its file name).</summary>
    public string Executed(string lesson) => Notebooks[Lessons.ToList().IndexOf(lesson)];

    /// <summary>The shared headless Chromium, launched on first use.</summary>
    internal async Task<HeadlessChromium> BrowserAsync()
    {
        await browserGate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            return browser ??= await HeadlessChromium.LaunchAsync();
        }
        finally
        {
            browserGate.Release();
        }
    }

    /// <summary>`jupyter nbconvert --to html` of one lesson's executed notebook (all are exported on first use).</summary>
    public string HtmlExport(string lesson)
    {
        _ = Notebooks;
        return exported.Value[Lessons.ToList().IndexOf(lesson)];
    }

    /// <summary>The outputs of an executed notebook that hold a chart (the Plotly MIME type), in order.</summary>
    public static IReadOnlyList<JsonObject> ChartOutputs(string notebook) =>
        Outputs(notebook).Where(data => data.ContainsKey("application/vnd.plotly.v1+json")).ToList();

    /// <summary>The data of every display_data and execute_result output of a notebook, in order.</summary>
    public static IReadOnlyList<JsonObject> Outputs(string notebook) =>
        JsonNode.Parse(File.ReadAllText(notebook))!["cells"]!.AsArray()
            .SelectMany(cell => cell!["outputs"]?.AsArray() ?? [])
            .Where(o => o!["output_type"]!.GetValue<string>() is "display_data" or "execute_result")
            .Select(o => o!["data"]!.AsObject())
            .ToList();

    /// <summary>nbformat stores text as one string or a list of lines.</summary>
    public static string Text(JsonNode? node) =>
        node is JsonArray lines ? string.Concat(lines.Select(l => l!.GetValue<string>())) : node?.GetValue<string>() ?? "";

    private (string, IReadOnlyList<string>) Execute()
    {
        var prefix = Path.Combine(root, "prefix");
        var install = ProcessRun.Run(new ProcessStartInfo("dotnet", [DownhillCommand.CommandDll, "kernel", "install", "--prefix", prefix]), TimeSpan.FromMinutes(2));
        if (install.ExitCode != 0) throw new InvalidOperationException($"downhill kernel install failed ({install.ExitCode}): {install.Output}");

        var output = Path.Combine(root, "executed");
        var start = new ProcessStartInfo(Prerequisites.Jupyter,
            ["nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.timeout=600", "--output-dir", output,
             .. Lessons.Select(l => Path.Combine(RepositoryPaths.Notebooks, l))]);
        start.Environment["JUPYTER_PATH"] = Path.Combine(prefix, "share", "jupyter");
        // A lesson takes seconds; all of them well under ten minutes even on a busy machine.
        var run = ProcessRun.Run(start, TimeSpan.FromMinutes(15));
        if (run.ExitCode != 0) throw new InvalidOperationException($"nbconvert --execute failed ({run.ExitCode}):\n{run.Output}");
        return (output, Lessons.Select(l => Path.Combine(output, l)).ToList());
    }

    private IReadOnlyList<string> ExportHtml()
    {
        var output = Path.Combine(root, "html");
        var run = ProcessRun.Run(new ProcessStartInfo(Prerequisites.Jupyter, ["nbconvert", "--to", "html", "--output-dir", output, .. executed.Value.Notebooks]),
            TimeSpan.FromMinutes(5));
        if (run.ExitCode != 0) throw new InvalidOperationException($"nbconvert --to html failed ({run.ExitCode}):\n{run.Output}");
        return executed.Value.Notebooks.Select(n => Path.Combine(output, Path.ChangeExtension(Path.GetFileName(n), ".html"))).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        browserGate.Dispose();
        try { Directory.Delete(root, recursive: true); }
        catch (IOException) { /* a kernel still shutting down may hold a file; the temp folder is cleaned anyway */ }
    }
}

/// <summary>The host tests share one execution of the lessons; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class KernelExecutedLessonsCollection : ICollectionFixture<KernelExecutedLessons>
{
    public const string Name = "lessons executed through the kernel";
}
