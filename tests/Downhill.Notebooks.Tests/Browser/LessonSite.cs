using Downhill.Notebooks.Tests.Cli;
using Downhill.Testing;

namespace Downhill.Notebooks.Tests.Browser;

/// <summary>
/// Every lesson under notebooks/ run once by the real command (`downhill run notebooks --html`) into a temporary folder,
/// for all the lesson page tests: the executed notebooks and their pages, and one headless Chromium.
/// </summary>
public sealed class LessonSite : IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private string? folder;
    private string runOutput = "";
    private HeadlessChromium? chromium;

    /// <summary>The lessons by name (file name without .ipynb), in order; skips when there are none.</summary>
    public static IReadOnlyList<string> Lessons
    {
        get
        {
            if (RepositoryPaths.LessonFiles.Count == 0) Assert.Skip("There are no notebooks under notebooks/ yet.");
            return RepositoryPaths.LessonFiles.Select(Path.GetFileNameWithoutExtension).ToList()!;
        }
    }

    /// <summary>The folder the command wrote: index.html, and each lesson's executed .ipynb and .html.</summary>
    public async Task<string> FolderAsync()
    {
        await gate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (folder is null)
            {
                var site = RepositoryPaths.NewTempFolder("downhill-lessons");
                // Whether each lesson runs to the end is the lesson tests' business; here every page it leaves must work.
                var run = await DownhillCommand.ProcessAsync(RepositoryPaths.Root, "run", RepositoryPaths.Notebooks, "--html", "--output-dir", site);
                runOutput = run.Output;
                folder = site;
            }
            Assert.True(File.Exists(Path.Combine(folder, "index.html")), runOutput);
            return folder;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The shared headless Chromium, launched on first use.</summary>
    internal async Task<HeadlessChromium> BrowserAsync()
    {
        await gate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            return chromium ??= await HeadlessChromium.LaunchAsync();
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (chromium is not null) await chromium.DisposeAsync();
        gate.Dispose();
    }
}
