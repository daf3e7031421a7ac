using Downhill.Notebooks.Documents;
using Downhill.Notebooks.NotebookRuns;
using Downhill.Testing;

namespace Downhill.Notebooks.Tests.NotebookRuns;

public class NotebookRunnerTests
{
    private static Task<NotebookRunResult> Run(Notebook notebook, string? folder = null) =>
        NotebookRunner.RunAsync(notebook, new NotebookRunOptions { WorkingDirectory = folder ?? RepositoryPaths.NewTempFolder() }, TestContext.Current.CancellationToken);

    [Fact]
    public async Task Cells_run_in_order_with_state_outputs_and_execution_counts()
    {
        var notebook = new Notebook([
            TestNotebooks.Markdown("# Title"),
            TestNotebooks.Code("var x = 20;\nConsole.Write(\"a\");\nConsole.WriteLine(\"b\");"),
            TestNotebooks.Code("x * 2 + 2"),
        ]);

        var result = await Run(notebook);

        Assert.Equal((NotebookRunStatus.Succeeded, 2, 2, null), (result.Status, result.CellsRun, result.CodeCells, result.Error));
        Assert.Equal("# Title", notebook.Cells[0].Source);
        Assert.Equal([new StreamOutput("stdout", "ab\n")], notebook.Cells[1].Outputs);
        Assert.Equal(1, notebook.Cells[1].ExecutionCount);
        var value = Assert.IsType<ExecuteResultOutput>(Assert.Single(notebook.Cells[2].Outputs));
        Assert.Equal(("42", 2, 2), (value.Data.Text("text/plain"), value.ExecutionCount, notebook.Cells[2].ExecutionCount));
    }

    [Fact]
    public async Task The_first_error_stops_the_run_and_names_cell_and_line()
    {
        var notebook = new Notebook([
            TestNotebooks.Markdown("# Title"),
            TestNotebooks.Code("var alpha = 0.1;"),
            TestNotebooks.Code("var ok = 1;\nalpah * 2"),
            TestNotebooks.Code("Console.WriteLine(\"never\");"),
        ]);
        notebook.Cells[3].Outputs.Add(new StreamOutput("stdout", "stale output from an earlier run"));

        var result = await Run(notebook);

        Assert.Equal((NotebookRunStatus.Failed, 2, 3), (result.Status, result.CellsRun, result.CodeCells));
        Assert.StartsWith("cell 3, line 2:", result.Error);
        Assert.Contains("alpah", result.Error);
        Assert.IsType<ErrorOutput>(Assert.Single(notebook.Cells[2].Outputs));
        Assert.Empty(notebook.Cells[3].Outputs); // not run, and nothing stale left behind
        Assert.Null(notebook.Cells[3].ExecutionCount);
    }

    [Fact]
    public async Task An_exception_fails_the_run_with_its_message()
    {
        var notebook = new Notebook([TestNotebooks.Code("var a = 1;\nvar b = 2;\nthrow new InvalidOperationException(\"the step size must be positive\");")]);

        var result = await Run(notebook);

        Assert.Equal(NotebookRunStatus.Failed, result.Status);
        Assert.StartsWith("cell 1", result.Error);
        Assert.Contains("the step size must be positive", result.Error);
        Assert.IsType<ErrorOutput>(Assert.Single(notebook.Cells[0].Outputs));
    }

    [Fact]
    public async Task A_display_update_replaces_the_earlier_output_in_place()
    {
        var notebook = new Notebook([
            TestNotebooks.Code("var handle = display(\"first\");"),
            TestNotebooks.Code("handle.Update(\"second\");\n\"done\""),
        ]);

        var result = await Run(notebook);

        Assert.True(result.Succeeded, result.Error);
        var shown = Assert.IsType<DisplayDataOutput>(Assert.Single(notebook.Cells[0].Outputs));
        Assert.Contains("second", shown.Data.Text("text/plain"));
        Assert.IsType<ExecuteResultOutput>(Assert.Single(notebook.Cells[1].Outputs));
    }

    [Fact]
    public async Task Markdown_written_as_a_code_cell_is_not_run_and_other_languages_are_refused()
    {
        var notebook = new Notebook([
            TestNotebooks.Code("#!markdown\n# Prose in a code cell"),
            new NotebookCell(CellKind.Code, "#!fsharp\nlet x = 1"),
        ]);

        var result = await Run(notebook);

        Assert.Equal((NotebookRunStatus.Failed, 1, 1), (result.Status, result.CellsRun, result.CodeCells));
        Assert.Empty(notebook.Cells[0].Outputs);
        Assert.Equal("cell 2 is written in fsharp; downhill runs C# cells only (start the cell with #!csharp or #!markdown).", result.Error);
    }

    [Fact]
    public async Task A_cell_past_its_time_out_is_stopped_and_reported()
    {
        var notebook = new Notebook([TestNotebooks.Code("while (true) { }"), TestNotebooks.Code("1")]);

        var result = await NotebookRunner.RunAsync(notebook,
            new NotebookRunOptions { WorkingDirectory = RepositoryPaths.NewTempFolder(), CellTimeout = TimeSpan.FromSeconds(1) },
            TestContext.Current.CancellationToken);

        Assert.Equal((NotebookRunStatus.TimedOut, 1), (result.Status, result.CellsRun));
        Assert.Contains("cell 1", result.Error);
        Assert.Empty(notebook.Cells[1].Outputs);
    }

    [Fact]
    public async Task Progress_is_reported_after_each_code_cell()
    {
        var seen = new List<(int, int)>();
        var notebook = new Notebook([TestNotebooks.Code("1"), TestNotebooks.Markdown("text"), TestNotebooks.Code("2")]);

        await NotebookRunner.RunAsync(notebook,
            new NotebookRunOptions { WorkingDirectory = RepositoryPaths.NewTempFolder(), CellFinished = (done, total) => seen.Add((done, total)) },
            TestContext.Current.CancellationToken);

        Assert.Equal([(1, 2), (2, 2)], seen);
    }
}
