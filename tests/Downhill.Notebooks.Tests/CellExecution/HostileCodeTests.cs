using Downhill.Notebooks.CellExecution;

namespace Downhill.Notebooks.Tests.CellExecution;

/// <summary>
/// The student mistakes that used to end the process running the notebook (the kernel or the command):
/// each is now one error in its cell, and the session goes on with its variables.
/// </summary>
public sealed class HostileCodeTests
{
    [Fact]
    public async Task Endless_recursion_is_one_error_naming_the_cell_the_line_and_the_method()
    {
        using var cells = new SessionHarness();
        await cells.Value("var kept = 7;");
        var (result, sink) = await cells.Run("// a factorial without its stopping case\nint F(int n) => F(n + 1) + 1;\nF(0)");
        Assert.Equal(ExecutionStatus.Error, result.Status);
        var error = Assert.IsType<CollectedOutput.Failure>(Assert.Single(sink.Outputs)).Error;
        Assert.Matches(@"^cell 2, line 2: this cell recursed too deeply \(F called itself [\d,]+ times without stopping", error.Value);
        Assert.InRange(error.Traceback.Count, 2, CellErrors.TracebackFrames + 2);
        Assert.Equal("7", await cells.Value("kept"));
    }

    [Fact]
    public async Task Recursion_through_a_lambda_a_property_and_a_block_method_is_caught_too()
    {
        using var cells = new SessionHarness();
        var (_, lambda) = await cells.Run("Func<int, int> g = null;\ng = n => g(n + 1) * 2;\ng(0)");
        Assert.StartsWith("cell 1, line 2: this cell recursed too deeply", lambda.ErrorOutput!.Value);
        var (_, property) = await cells.Run("class Box { public int Count => Count + 1; }\nnew Box().Count");
        Assert.StartsWith("cell 2, line 1: this cell recursed too deeply", property.ErrorOutput!.Value);
        var (_, method) = await cells.Run("void Down(int n)\n{\n    Down(n - 1);\n}\nDown(3);");
        Assert.StartsWith("cell 3, line 3: this cell recursed too deeply (Down called itself", method.ErrorOutput!.Value);
    }

    [Fact]
    public async Task Guarded_code_keeps_its_line_numbers_and_its_meaning()
    {
        using var cells = new SessionHarness();
        var (_, compile) = await cells.Run("int Twice(int n) => 2 * n;\nvoid Say(string s) => Console.WriteLine(s);\nvar y = alpah;");
        Assert.StartsWith("cell 1, line 3: error CS0103", compile.ErrorOutput!.Value);
        var (_, thrown) = await cells.Run("int Half(int n)\n{\n    if (n % 2 == 1) throw new ArgumentException(\"odd\");\n    return n / 2;\n}\nHalf(3)");
        Assert.Equal("cell 2, line 3: odd", thrown.ErrorOutput!.Value);
        Assert.Equal("6", await cells.Value(
            "using System.Linq.Expressions;\nExpression<Func<int, int>> twice = x => x * 2;\nasync Task<int> Later() => await Task.FromResult(3);\ntwice.Compile()(await Later())"));
        Assert.Equal("120", await cells.Value("long Fact(int n) => n <= 1 ? 1 : n * Fact(n - 1);\nFact(5)"));
    }

    [Fact]
    public async Task Environment_Exit_stops_the_notebook_not_the_process()
    {
        using var cells = new SessionHarness();
        await cells.Value("var kept = 7;");
        var (result, sink) = await cells.Run("Console.WriteLine(\"before\");\nEnvironment.Exit(3);");
        Assert.Equal(ExecutionStatus.Error, result.Status);
        Assert.Equal("cell 2, line 2: Environment.Exit(3) stops this notebook here; a cell cannot end the program that runs it", sink.ErrorOutput!.Value);
        Assert.Equal("7", await cells.Value("kept"));
    }

    [Fact]
    public async Task An_exception_on_a_thread_the_cell_started_is_reported_under_the_next_cell()
    {
        using var cells = new SessionHarness();
        var (result, _) = await cells.Run(
            "using System.Threading;\nnew Thread(() => { Thread.Sleep(200); throw new InvalidOperationException(\"boom\"); }).Start();");
        Assert.Equal(ExecutionStatus.Ok, result.Status);
        await Task.Delay(800, TestContext.Current.CancellationToken);
        var (_, next) = await cells.Run("1 + 1");
        Assert.Equal("InvalidOperationException on a thread cell 1 started — cell 1, line 2: boom\n", next.StreamText("stderr"));
        Assert.Equal("2", next.ResultBundle!.Text);
    }

    [Fact]
    public async Task An_exception_in_async_void_is_reported_in_its_cell_when_the_cell_is_still_running()
    {
        using var cells = new SessionHarness();
        var (result, sink) = await cells.Run(
            "async void Boom() { await Task.Delay(50); throw new InvalidOperationException(\"late boom\"); }\nBoom();\nSystem.Threading.Thread.Sleep(600);");
        Assert.Equal(ExecutionStatus.Ok, result.Status);
        Assert.Equal("InvalidOperationException on a thread cell 1 started — cell 1, line 1: late boom\n", sink.StreamText("stderr"));
        Assert.Equal("2", await cells.Value("1 + 1"));
    }

    [Fact]
    public async Task A_cell_printing_100000_lines_keeps_every_line_in_few_outputs()
    {
        using var cells = new SessionHarness();
        var (_, sink) = await cells.Run("for (int i = 0; i < 100000; i++) Console.WriteLine(\"loss \" + i);");
        var lines = sink.StreamText("stdout").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(100_000, lines.Length);
        Assert.Equal("loss 99999", lines[^1]);
        Assert.InRange(sink.Outputs.Count, 1, 100);
    }
}
