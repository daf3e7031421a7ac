using Downhill.Notebooks.CellExecution;

namespace Downhill.Notebooks.Tests.CellExecution;

public sealed class StateAndResultTests
{
    [Fact]
    public async Task Variables_and_methods_carry_from_cell_to_cell()
    {
        using var cells = new SessionHarness();
        await cells.Value("var alpha = 0.1; double Step(double x) => x - alpha * 2 * x;");
        Assert.Equal("0.8", await cells.Value("Step(1.0)"));
        Assert.Equal(0.1, cells.Session.GetVariable("alpha"));
    }

    [Fact]
    public async Task The_trailing_expression_is_the_result_but_a_statement_is_not()
    {
        using var cells = new SessionHarness();
        Assert.Equal("42", await cells.Value("6 * 7"));
        Assert.Null(await cells.Value("var x = 6 * 7;"));
        Assert.Null(await cells.Value("System.Console.Write(\"\")"));
    }

    [Fact]
    public async Task A_trailing_null_is_shown_as_null()
    {
        using var cells = new SessionHarness();
        Assert.Equal("null", await cells.Value("string? nothing = null; nothing"));
        Assert.Equal("null", await cells.Value("int? none = null; none")); // a null of a value type is a result too
    }

    [Fact]
    public async Task Default_usings_are_those_of_dotnet_interactive()
    {
        using var cells = new SessionHarness();
        Assert.Equal("6", await cells.Value("new List<int> { 1, 2, 3 }.Sum()"));
        Assert.Equal("ab", await cells.Value("new StringBuilder().Append(\"a\").Append(\"b\").ToString()"));
        Assert.Equal("True", await cells.Value("new ArrayList() is IEnumerable"));
        Assert.Equal("3", await cells.Value("await Task.FromResult(3)"));
    }

    [Fact]
    public async Task The_library_and_its_dependencies_are_referenced()
    {
        using var cells = new SessionHarness();
        Assert.Equal("3", await cells.Value("MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(3).Count"));
        var (result, sink) = await cells.Run("typeof(Downhill.Plot)");
        Assert.True(result.Succeeded, sink.ErrorOutput?.Value);
        // The cell sees the very same Downhill assembly as the host, so the formatter recognises its charts.
        Assert.Equal("True", await cells.Value("typeof(Downhill.Plot) == Type.GetType(\"Downhill.Plot, Downhill\")"));
        Assert.Same(typeof(Downhill.Plot).Assembly, (await RunAndRead(cells, "typeof(Downhill.Plot).Assembly")));
    }

    private static async Task<object?> RunAndRead(SessionHarness cells, string expression)
    {
        await cells.Value($"var __probe = {expression};");
        return cells.Session.GetVariable("__probe");
    }

    [Fact]
    public async Task Execution_count_and_submitted_code_follow_the_cells()
    {
        using var cells = new SessionHarness();
        var (first, _) = await cells.Run("var a = 1;");
        var (second, _) = await cells.Run("a + 1");
        Assert.Equal(1, first.ExecutionCount);
        Assert.Equal(2, second.ExecutionCount);
        Assert.Equal(2, cells.Session.ExecutionCount);
        Assert.Equal(["var a = 1;", "a + 1"], cells.Session.SubmittedCode);
    }

    [Fact]
    public async Task A_rerun_cell_is_kept_once_for_completion_at_its_latest_place()
    {
        using var cells = new SessionHarness();
        for (var i = 0; i < 3; i++)
        {
            await cells.Run("double alpha = 0.1;");
            await cells.Run("alpha * 2");
        }
        await cells.Run("double alpha = 0.1;");
        Assert.Equal(["alpha * 2", "double alpha = 0.1;"], cells.Session.SubmittedCode);
    }

    [Fact]
    public async Task GetVariable_is_null_for_an_unknown_name()
    {
        using var cells = new SessionHarness();
        Assert.Null(cells.Session.GetVariable("missing"));
        await cells.Value("var known = 1;");
        Assert.Null(cells.Session.GetVariable("missing"));
    }

    [Fact]
    public async Task Warm_up_leaves_the_session_state_untouched()
    {
        using var cells = new SessionHarness();
        await cells.Session.WarmUpAsync();
        Assert.Equal(0, cells.Session.ExecutionCount);
        Assert.Null(cells.Session.GetVariable("warm"));
        Assert.Equal("2", await cells.Value("1 + 1"));
        Assert.Null(cells.Session.GetVariable("warm"));
    }
}
