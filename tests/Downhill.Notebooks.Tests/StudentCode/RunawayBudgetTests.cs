using Downhill.Notebooks.Tests.Cli;
using Downhill.Testing;
using static Downhill.Notebooks.Tests.NotebookRuns.TestNotebooks;

namespace Downhill.Notebooks.Tests.StudentCode;

/// <summary>
/// Issue 23, item 5: <c>Trainer.Fit(epochs: int.MaxValue)</c> is refused at once, as <c>Descent.Run</c>'s step
/// budget is, instead of growing the process until it runs out of memory. Through the real command, with a
/// time-out and a heap limit, so that the unfixed kit fails the test in seconds without filling the machine's memory.
/// </summary>
public sealed class RunawayBudgetTests
{
    [Fact]
    public async Task An_epoch_budget_of_int_MaxValue_is_one_sentence_naming_the_cell_and_line()
    {
        var folder = RepositoryPaths.NewTempFolder();
        Save(folder, "fit.ipynb", Code("using Downhill;\nvar data = new Dataset([[1.0], [2.0], [3.0]], [2.0, 4.0, 6.0]);\n" +
            "Trainer.Fit(LinearRegression.For(data), data, new GradientDescent(0.01), epochs: int.MaxValue, tolerance: 0)"));

        var limits = new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x40000000" }; // 1 GB: the unfixed kit must not fill the machine
        var run = await DownhillCommand.ProcessAsync(folder, limits, "run", "fit.ipynb", "--timeout", "15");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("fit.ipynb: cell 1, line 3: the number of epochs must be at most 1,000,000", run.Output);
    }
}
