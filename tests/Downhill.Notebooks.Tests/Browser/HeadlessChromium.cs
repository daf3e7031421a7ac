using Microsoft.Playwright;
using Downhill.Testing;

namespace Downhill.Notebooks.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright (which cannot download a browser here, so it is given the
/// executable). A page opened through <see cref="OpenAsync(Uri, List{string}, Func{IPage, Task}, int)"/> records every console error and uncaught exception.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private HeadlessChromium(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static async Task<HeadlessChromium> LaunchAsync()
    {
        var executable = Prerequisites.RequireChromium();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = Arguments,
        });
        return new HeadlessChromium(playwright, browser);
    }

    /// <summary>
    /// Opens a local file; <paramref name="errors"/> collects console errors and page errors as they happen.
    /// <paramref name="prepare"/> runs before the page loads (e.g. to answer its network requests).
    /// </summary>
    public Task<IPage> OpenAsync(string path, List<string> errors, Func<IPage, Task>? prepare = null, int viewportWidth = 1100) =>
        OpenAsync(new Uri(path), errors, prepare, viewportWidth);

    /// <summary>Opens an address (a local file or a page a test's server serves), as <see cref="OpenAsync(string, List{string}, Func{IPage, Task}, int)"/> does.</summary>
    public async Task<IPage> OpenAsync(Uri address, List<string> errors, Func<IPage, Task>? prepare = null, int viewportWidth = 1100)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = viewportWidth, Height = 900 } });
        page.Console += (_, message) =>
        {
            if (message.Type == "error") lock (errors) errors.Add($"console: {message.Text}");
        };
        page.PageError += (_, error) =>
        {
            lock (errors) errors.Add($"page error: {error}");
        };
        if (prepare is not null) await prepare(page);
        // Pages of several megabytes on a busy two-core machine may take well over Playwright's default 30 s to load.
        await page.GotoAsync(address.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 120_000 });
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
