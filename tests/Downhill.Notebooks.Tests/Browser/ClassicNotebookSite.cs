using Downhill.Testing;

namespace Downhill.Notebooks.Tests.Browser;

/// <summary>
/// The lessons served by Debian's Jupyter Notebook 6 with the kit's kernel, and a headless Chromium to open them:
/// started once for a test class (an xunit class fixture), on first use, so a test can skip first when
/// jupyter-notebook or chromium is missing. The server serves a temporary copy of the repository's notebooks/ and
/// data/ side by side, so each lesson's "../data/…" paths resolve and saving never touches the repository; the
/// lessons' #r "../src/Downhill/bin/…/Downhill.dll" is answered by the kernel's own loaded copy of the library.
/// </summary>
public sealed class ClassicNotebookSite : IAsyncDisposable
{
    private readonly SemaphoreSlim starting = new(1, 1);
    private string? folder;
    private KernelSpecInTemporaryPrefix? kernelSpec;
    private ClassicNotebookServer? server;
    private HeadlessChromium? chromium;

    internal ClassicNotebookServer Server => server ?? throw new InvalidOperationException("The notebook site has not started.");

    /// <summary>Starts the server and the browser unless they run already; skips (fails in CI) without them.</summary>
    public async Task StartAsync()
    {
        Prerequisites.RequireJupyterNotebook();
        Prerequisites.RequireChromium();
        await starting.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (chromium is not null) return;
            folder = RepositoryPaths.NewTempFolder("downhill-notebook6");
            CopyFolder(RepositoryPaths.Notebooks, Path.Combine(folder, "notebooks"), "*.ipynb");
            CopyFolder(RepositoryPaths.Data, Path.Combine(folder, "data"), "*");
            kernelSpec = new KernelSpecInTemporaryPrefix();
            server = await ClassicNotebookServer.StartAsync(folder, kernelSpec.JupyterPath);
            chromium = await HeadlessChromium.LaunchAsync();
        }
        finally
        {
            starting.Release();
        }
    }

    /// <summary>Opens notebooks/<paramref name="lesson"/> and waits for its kernel.</summary>
    internal Task<ClassicNotebookPage> OpenAsync(string lesson) =>
        ClassicNotebookPage.OpenAsync(chromium ?? throw new InvalidOperationException("The notebook site has not started."),
            Server.NotebookAddress($"notebooks/{lesson}"));

    private static void CopyFolder(string from, string to, string pattern)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, pattern))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }

    public async ValueTask DisposeAsync()
    {
        if (chromium is not null) await chromium.DisposeAsync();
        if (server is not null) await server.DisposeAsync();
        kernelSpec?.Dispose();
        if (folder is not null)
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { /* left for the system's temp cleaning */ }
        }
        starting.Dispose();
    }
}
