using Downhill.Notebooks.Documents;
using Downhill.Testing;
using static Downhill.Notebooks.Tests.NotebookRuns.TestNotebooks;

namespace Downhill.Notebooks.Tests.Cli;

public class RenderCommandTests
{
    [Fact]
    public async Task Render_writes_pages_from_existing_outputs_without_running()
    {
        var folder = RepositoryPaths.NewTempFolder();
        var cell = Code("this would not even compile");
        cell.Outputs.Add(new StreamOutput("stdout", "saved output\n"));
        Save(folder, "saved.ipynb", Markdown("# Saved"), cell);

        var run = await DownhillCommand.InProcessAsync(folder, "render", "saved.ipynb", "-o", "pages");

        Assert.Equal(0, run.ExitCode);
        var page = File.ReadAllText(Path.Combine(folder, "pages", "saved.html"));
        Assert.Contains("saved output", page);
        Assert.True(File.Exists(Path.Combine(folder, "pages", "index.html")));
    }

    [Fact]
    public async Task Render_needs_at_least_one_notebook()
    {
        var run = await DownhillCommand.InProcessAsync(RepositoryPaths.NewTempFolder(), "render");

        Assert.Equal(2, run.ExitCode);
    }
}
