using Downhill.Notebooks.Tests.Cli;
using Downhill.Testing;

namespace Downhill.Notebooks.Tests.Browser;

/// <summary>The lessons under notebooks/, run by the real command and opened in headless Chromium.</summary>
public class LessonPageTests
{
    [Fact]
    public async Task Every_lesson_page_draws_its_charts_without_javascript_errors()
    {
        var lessons = RepositoryPaths.LessonFiles;
        if (lessons.Count == 0) Assert.Skip("There are no notebooks under notebooks/ yet.");
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var site = RepositoryPaths.NewTempFolder("downhill-lessons");

        // Whether each lesson runs to the end is the lesson tests' business; here every page it leaves must work.
        var run = await DownhillCommand.ProcessAsync(RepositoryPaths.Root, "run", RepositoryPaths.Notebooks, "--html", "--output-dir", site);
        Assert.True(File.Exists(Path.Combine(site, "index.html")), run.Output);

        var problems = new List<string>();
        foreach (var lesson in lessons)
        {
            var name = Path.GetFileNameWithoutExtension(lesson);
            var errors = new List<string>();
            var page = await chromium.OpenAsync(Path.Combine(site, name + ".html"), errors);
            try
            {
                await PageChecks.ChartsDrawnAsync(page);
            }
            catch (TimeoutException)
            {
                problems.Add($"{name}: not every chart was drawn within 30 s");
            }
            await PageChecks.ScreenshotAsync(page, name);
            problems.AddRange(errors.Select(e => $"{name}: {e}"));
            await page.CloseAsync();
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
