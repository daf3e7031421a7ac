using Downhill.Notebooks.CellExecution;

namespace Downhill.Notebooks.Tests.CellExecution;

public sealed class ErrorTests
{
    [Fact]
    public async Task A_compile_error_names_the_cell_and_the_line()
    {
        using var cells = new SessionHarness();
        await cells.Value("var alpha = 0.1;");
        await cells.Value("var beta = 0.9;");
        var (result, sink) = await cells.Run("var x = 1.0;\nvar y = alpah * x;");
        Assert.Equal(ExecutionStatus.Error, result.Status);
        var error = Assert.IsType<CollectedOutput.Failure>(Assert.Single(sink.Outputs)).Error;
        Assert.Equal("cell 3, line 2: error CS0103: The name 'alpah' does not exist in the current context", error.Value);
    }

    [Fact]
    public async Task An_exception_names_the_cell_and_the_line_it_was_thrown_from()
    {
        using var cells = new SessionHarness();
        var (result, sink) = await cells.Run("var xs = new int[2];\n\n\nvar z = xs[5];");
        Assert.Equal(ExecutionStatus.Error, result.Status);
        var error = Assert.IsType<CollectedOutput.Failure>(Assert.Single(sink.Outputs)).Error;
        Assert.Equal("IndexOutOfRangeException", error.Name);
        Assert.StartsWith("cell 1, line 4: Index was outside the bounds of the array", error.Value);
    }

    [Fact]
    public async Task An_exception_inside_a_method_points_at_the_innermost_line_in_the_cell()
    {
        using var cells = new SessionHarness();
        await cells.Value("double Check(double rate)\n{\n    if (rate <= 0) throw new ArgumentException(\"learning rate must be positive\");\n    return rate;\n}");
        var (_, sink) = await cells.Run("Check(0.1);\nCheck(-1)");
        Assert.Equal("cell 2, line 2: learning rate must be positive", sink.ErrorOutput!.Value);
        Assert.Contains(sink.ErrorOutput.Traceback, line => line.Contains("Check") && line.Contains("cell 1, line 3"));
    }

    [Fact]
    public async Task An_exception_thrown_by_the_library_points_at_the_cell_line_that_called_it()
    {
        using var cells = new SessionHarness();
        var (_, sink) = await cells.Run("var ok = 1;\nvar lines = System.IO.File.ReadAllLines(\"/no/such/file.csv\");");
        Assert.StartsWith("cell 1, line 2: ", sink.ErrorOutput!.Value);
        Assert.Equal("DirectoryNotFoundException", sink.ErrorOutput.Name);
    }

    [Fact]
    public async Task The_session_stays_usable_after_errors_and_keeps_earlier_state()
    {
        using var cells = new SessionHarness();
        await cells.Value("var kept = 5;");
        await cells.Run("var broken = ;");
        await cells.Run("throw new InvalidOperationException(\"boom\");");
        Assert.Equal("6", await cells.Value("kept + 1"));
    }

    [Fact]
    public async Task Variables_set_before_an_exception_are_kept_as_in_dotnet_interactive()
    {
        using var cells = new SessionHarness();
        await cells.Run("var before = 1;\nthrow new Exception(\"stop\");");
        Assert.Equal(1, cells.Session.GetVariable("before"));
    }

    [Fact]
    public async Task Output_written_before_an_exception_comes_before_the_error()
    {
        using var cells = new SessionHarness();
        var (_, sink) = await cells.Run("Console.Write(\"half a line\");\nthrow new Exception(\"stop\");");
        Assert.IsType<CollectedOutput.Stream>(sink.Outputs[0]);
        Assert.IsType<CollectedOutput.Failure>(sink.Outputs[1]);
    }
}
