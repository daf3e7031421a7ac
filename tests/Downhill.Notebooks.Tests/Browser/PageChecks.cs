using Microsoft.Playwright;
using Downhill.Testing;

namespace Downhill.Notebooks.Tests.Browser;

/// <summary>What every generated page must do in a real browser.</summary>
internal static class PageChecks
{
    /// <summary>Waits until every chart container holds a drawn Plotly plot; returns how many there are.</summary>
    public static async Task<int> ChartsDrawnAsync(IPage page)
    {
        await page.WaitForFunctionAsync("""
            () => [...document.querySelectorAll('.downhill-plot')]
                    .every(d => d.classList.contains('js-plotly-plot') && d.querySelector('.main-svg'))
            """, null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        return await page.EvaluateAsync<int>("() => document.querySelectorAll('.downhill-plot').length");
    }

    /// <summary>Saves a full-page screenshot under artifacts/screenshots/ for a person to look at.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots")).FullName;
        var path = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
