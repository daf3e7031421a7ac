using System.Diagnostics;
using System.Text.RegularExpressions;
using Downhill.Testing;

using Downhill.Notebooks.Formatting;

namespace Downhill.Notebooks.Tests.Formatting;
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
        var ballRun = Descent.Run(parabola, new GradientDescent(0.1), [2.5], 20);
        var ball = Plots.BallOnCurve(parabola, ballRun);

        // plotly.js comes last, so every plot's script has to wait for it.
        var page = $$"""
            <!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
            {{PlotHtml.Render(contour)}}
            {{PlotHtml.Render(contour)}}
            {{PlotHtml.Render(ball)}}
            <script>{{PlotlyScript.Source.Replace("</script", "<\\/script")}}</script>
            <pre id="frames"></pre>
            <script>
            // Once plotly.js has taken the ball chart's frames, report their names and where frame "5" puts the ball.
            // (Playing them needs requestAnimationFrame, which headless Chromium's virtual time does not run reliably.)
            (function wait() {
              var el = document.querySelectorAll('div[id="{{ball.ElementId}}"]')[0];
              var frames = el && el._transitionData && el._transitionData._frames;
              if (!frames || frames.length !== {{ball.FrameCount}}) { setTimeout(wait, 50); return; }
              var byName = el._transitionData._frameHash["5"];
              document.getElementById("frames").textContent =
                JSON.stringify({ names: frames.map(function (f) { return f.name; }), ballAtFive: byName.data[1].x[0] });
            })();
            </script>
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
        Assert.DoesNotContain(">This chart is waiting for plotly.js", dom); // the message a waiting chart shows in its div
        // plotly.js took every frame, named by step, and frame "5" holds the ball where the run was after five steps.
        var frames = Regex.Match(dom, "<pre id=\"frames\">([^<]*)</pre>");
        Assert.True(frames.Success && frames.Groups[1].Value.Length > 0, "plotly.js did not take the animation's frames");
        var report = System.Text.Json.JsonDocument.Parse(System.Net.WebUtility.HtmlDecode(frames.Groups[1].Value)).RootElement;
        Assert.Equal(Enumerable.Range(0, ball.FrameCount).Select(k => k.ToString()), report.GetProperty("names").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(ballRun.Positions[5][0], report.GetProperty("ballAtFive").GetDouble(), 12);
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
