using Downhill.Notebooks.Tests.Browser;
using Microsoft.Playwright;

namespace Downhill.Notebooks.Tests.Hosts;

/// <summary>How many of a page's chart containers hold a drawn plot, after waiting for them to be drawn.</summary>
internal static class DrawnCharts
{
    /// <summary>How long a page may take to draw all its charts (unpacking plotly.js included) before it is counted as is.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    /// <summary>
    /// Opens a page and checks that all <paramref name="expected"/> charts drew (containers matching
    /// <paramref name="selector"/>) without console or page errors. Returns the open page and what went wrong.
    /// </summary>
    public static async Task<(IPage Page, List<string> Problems)> CheckPageAsync(
        HeadlessChromium chromium, string path, string selector, int expected, Func<IPage, Task>? prepare = null)
    {
        var errors = new List<string>();
        var page = await chromium.OpenAsync(path, errors, prepare);
        var (drawn, containers) = await CountAsync(page, selector, expected);
        var name = Path.GetFileNameWithoutExtension(path);
        TestContext.Current.SendDiagnosticMessage($"{name}: {drawn} of {expected} charts drawn");
        var problems = new List<string>();
        if (drawn != expected || containers != expected)
        {
            var waiting = await page.EvaluateAsync<string[]>($"() => [...document.querySelectorAll('{selector}')].filter(d => !d.querySelector('.main-svg')).map(d => d.textContent.slice(0, 160))");
            problems.Add($"{name}: {drawn} of {expected} charts drawn ({containers} containers); undrawn ones say: {string.Join(" | ", waiting.Distinct())}");
        }
        lock (errors) problems.AddRange(errors.Select(e => $"{name}: {e}"));
        return (page, problems);
    }

    /// <summary>The kit's text/html charts: containers are div.downhill-plot.</summary>
    public const string KitCharts = ".downhill-plot";

    /// <summary>Waits until every container matching <paramref name="selector"/> holds a drawn plot, then counts (drawn, containers).</summary>
    public static async Task<(int Drawn, int Containers)> CountAsync(IPage page, string selector, int expected)
    {
        var drawn = $"() => document.querySelectorAll('{selector}.js-plotly-plot .main-svg').length > 0 && " +
                    $"[...document.querySelectorAll('{selector}')].length >= {expected} && " +
                    $"[...document.querySelectorAll('{selector}')].every(d => d.classList.contains('js-plotly-plot') && d.querySelector('.main-svg'))";
        try
        {
            if (expected > 0) await page.WaitForFunctionAsync(drawn, null, new PageWaitForFunctionOptions { Timeout = (float)Patience.TotalMilliseconds, PollingInterval = 250 });
        }
        catch (TimeoutException)
        {
            // Counted below: the assertion then says how many drew.
        }
        return (
            await page.EvaluateAsync<int>($"() => [...document.querySelectorAll('{selector}')].filter(d => d.classList.contains('js-plotly-plot') && d.querySelector('.main-svg')).length"),
            await page.EvaluateAsync<int>($"() => document.querySelectorAll('{selector}').length"));
    }

    /// <summary>
    /// Clicks the start and the end of the first animated chart's slider and returns where the ball (the last
    /// trace) was after each click; a slider that moves the ball gives two different places.
    /// </summary>
    public static async Task<(double AtStart, double AtEnd)> MoveSliderAsync(IPage page, string selector)
    {
        var animated = $"[...document.querySelectorAll('{selector}')].find(d => d.layout && d.layout.sliders && d.layout.sliders.length && d._transitionData && d._transitionData._frames && d._transitionData._frames.length)";
        Assert.True(await page.EvaluateAsync<bool>($"() => !!({animated})"), "no drawn chart on the page has a slider and frames");
        var ballX = $"() => {{ const el = {animated}; const ball = el.data[el.data.length - 1]; return ball.x[0]; }}";
        var index = await page.EvaluateAsync<int>($"() => [...document.querySelectorAll('{selector}')].indexOf({animated})");
        var rail = page.Locator($"{selector} >> nth={index}").Locator(".slider-rail-rect").First;
        await rail.ScrollIntoViewIfNeededAsync(); // a mouse can only press what is on screen
        var box = await rail.BoundingBoxAsync();
        Assert.NotNull(box);

        async Task<double> ClickAtAsync(double x, int step)
        {
            await page.Mouse.ClickAsync((float)x, box.Y + box.Height / 2);
            await page.WaitForFunctionAsync($"() => {{ const el = {animated}; return el._fullLayout.sliders[0].active === {step}; }}",
                null, new PageWaitForFunctionOptions { Timeout = 10_000 });
            await page.WaitForTimeoutAsync(300); // the frame's own transition
            return await page.EvaluateAsync<double>(ballX);
        }

        var steps = await page.EvaluateAsync<int>($"() => {{ const el = {animated}; return el.layout.sliders[0].steps.length; }}");
        var atEnd = await ClickAtAsync(box.X + box.Width - 2, steps - 1);
        var atStart = await ClickAtAsync(box.X + 2, 0);
        return (atStart, atEnd);
    }
}
