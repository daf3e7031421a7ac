using System.Diagnostics;
using System.Text.RegularExpressions;
using Downhill.Charts;
using Downhill.Landscapes;
using Downhill.Optimizers;
using Downhill.Testing;

namespace Downhill.Tests.Charts;

using Descent = Downhill.Descent.Descent;

/// <summary>Draws charts in Debian's headless Chromium with the embedded plotly.js and reads back the page.</summary>
public class BrowserRenderingTests
{
    [Fact]
    public void Two_identical_plots_and_an_animation_all_draw_even_when_plotly_js_arrives_after_them()
    {
        var chromium = Prerequisites.RequireChromium();
        var himmelblau = Landscape.Himmelblau();
        var runs = Descent.Compare(himmelblau, [new GradientDescent(0.01), new Adam(0.1)], [0.0, 0.0], 100);
        var contour = Plots.PathsOnContour(himmelblau, runs);
        var parabola = Landscape.Parabola();
        var ball = Plots.BallOnCurve(parabola, Descent.Run(parabola, new GradientDescent(0.1), [2.5], 20));

        // plotly.js comes last, so every plot's script has to wait for it.
        var page = $"""
            <!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
            {contour.ToHtml()}
            {contour.ToHtml()}
            {ball.ToHtml()}
            <script>{PlotlyScript.Source.Replace("</script", "<\\/script")}</script>
            </body></html>
            """;
        var folder = RepositoryPaths.NewTempFolder("downhill-charts");
        var file = Path.Combine(folder, "page.html");
        File.WriteAllText(file, page);

        var dom = DumpDom(chromium, file);

        var drawn = Regex.Matches(dom, "<div id=\"(downhill-plot-[0-9a-f]+)\"[^>]*>\\s*<div class=\"plot-container plotly\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal([contour.ElementId, contour.ElementId, ball.ElementId], drawn);
        // The animation's slider drew one step per frame.
        Assert.Equal(ball.FrameCount, Regex.Matches(dom, "class=\"slider-tick-rect\"").Count);
        Assert.DoesNotContain(">This chart needs plotly.js", dom);
    }

    private static string DumpDom(string chromium, string file)
    {
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=15000", "--dump-dom", new Uri(file).AbsoluteUri })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("Chromium did not finish drawing the page within two minutes.");
        }
        return output.Result;
    }
}
