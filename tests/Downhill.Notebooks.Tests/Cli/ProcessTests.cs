using Downhill.Notebooks.Documents;
using Downhill.Testing;
using static Downhill.Notebooks.Tests.NotebookRuns.TestNotebooks;

namespace Downhill.Notebooks.Tests.Cli;

/// <summary>The built command as its own process: exit codes reach the shell and data paths resolve beside the notebook.</summary>
public class ProcessTests
{
    [Fact]
    public async Task Relative_data_paths_resolve_against_the_notebook_folder_and_exit_code_reaches_the_shell()
    {
        var root = RepositoryPaths.NewTempFolder();
        var lessons = Directory.CreateDirectory(Path.Combine(root, "lessons")).FullName;
        Directory.CreateDirectory(Path.Combine(root, "data"));
        File.WriteAllText(Path.Combine(root, "data", "numbers.csv"), "x\n1\n2\n");
        Save(lessons, "reads-data.ipynb", Code("System.IO.File.ReadAllLines(\"../data/numbers.csv\").Length"));

        var run = await DownhillCommand.ProcessAsync(root, "run", Path.Combine("lessons", "reads-data.ipynb"));

        Assert.True(run.ExitCode == 0, run.Output);
        var executed = NotebookFile.Read(Path.Combine(root, "artifacts", "reads-data.ipynb"));
        Assert.Equal("3", executed.Cells[0].Outputs.OfType<ExecuteResultOutput>().Single().Data.Text("text/plain"));
        Assert.Equal(root, Path.GetDirectoryName(Path.Combine(root, "artifacts"))); // outputs go beside the current directory, not the notebook
    }

    [Fact]
    public async Task A_failure_exits_1_without_a_stack_trace()
    {
        var folder = RepositoryPaths.NewTempFolder();
        Save(folder, "broken.ipynb", Code("throw new Exception(\"boom\");"));

        var run = await DownhillCommand.ProcessAsync(folder, "run", "broken.ipynb");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("boom", run.Output);
        Assert.DoesNotContain("   at ", run.Output);
    }
}
