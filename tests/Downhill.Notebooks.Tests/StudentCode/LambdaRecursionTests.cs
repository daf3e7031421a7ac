using Downhill.Notebooks.Tests.Cli;
using Downhill.Testing;
using static Downhill.Notebooks.Tests.NotebookRuns.TestNotebooks;

namespace Downhill.Notebooks.Tests.StudentCode;

/// <summary>
/// Issue 23, item 4: endless recursion through a lambda whose whole body is a call (which may return void) is
/// stopped like any other, in the real `downhill run` process: one sentence, no million-line dump.
/// </summary>
public sealed class LambdaRecursionTests
{
    [Fact]
    public async Task Recursion_through_a_lambda_that_only_calls_itself_fails_its_notebook_in_one_sentence()
    {
        var folder = RepositoryPaths.NewTempFolder();
        Save(folder, "01-func.ipynb", Code("var a = 1;"), Code("Func<int, int> f = null;\nf = x => f(x + 1);\nf(0)"));
        Save(folder, "02-action.ipynb", Code("Action<int> g = null;\ng = x => g(x + 1);\ng(0);"));

        var run = await DownhillCommand.ProcessAsync(folder, "run", "01-func.ipynb", "02-action.ipynb", "-o", "out");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("01-func.ipynb: cell 2, line 2: this cell recursed too deeply", run.Output);
        Assert.Contains("02-action.ipynb: cell 1, line 2: this cell recursed too deeply", run.Output);
        Assert.InRange(run.Output.Split('\n').Length, 1, 60);
        Assert.True(File.Exists(Path.Combine(folder, "out", "02-action.ipynb")), run.Output);
    }
}
