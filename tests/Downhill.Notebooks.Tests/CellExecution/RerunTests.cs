using Downhill.Notebooks.CellExecution;
using Downhill.Notebooks.Documents;
using Downhill.Testing;

namespace Downhill.Notebooks.Tests.CellExecution;

/// <summary>
/// A rerun of a cell already compiled runs that compilation again instead of compiling anew (issues 22 and 23), and
/// does exactly what compiling it again would: each test states what a fresh compilation gives, and where running
/// the earlier compilation would give something else, that the session compiled instead.
/// </summary>
public sealed class RerunTests
{
    [Fact]
    public async Task A_rerun_of_an_unchanged_cell_runs_its_compilation_again()
    {
        using var cells = new SessionHarness();
        await cells.Value("var alpha = 0.1;");
        const string step = "var w = 3.0; for (var k = 0; k < 10; k++) w -= alpha * 2 * w; w";
        var first = await cells.Value(step);
        Assert.Equal(first, await cells.Value(step));
        Assert.Equal(first, await cells.Value(step));
        Assert.Equal(2, cells.Session.CellsRunAgain);
        Assert.Equal("0.32212254720000005", first); // 3 × 0.8¹⁰
    }

    [Fact]
    public async Task A_rerun_sees_values_set_since_and_later_cells_see_its_new_variables()
    {
        using var cells = new SessionHarness();
        await cells.Value("var alpha = 0.1;");
        const string step = "var w = 1.0 - alpha;";
        await cells.Value(step);
        await cells.Value("alpha = 0.5;"); // assigns, declares nothing
        await cells.Value(step);
        Assert.Equal(1, cells.Session.CellsRunAgain);
        Assert.Equal("0.5", await cells.Value("w"));
        Assert.Equal(0.5, cells.Session.GetVariable("w"));
    }

    [Fact]
    public async Task A_method_declared_after_the_cell_keeps_the_variable_it_was_compiled_against()
    {
        // Compiled anew, the rerun's "a" would be a new variable; Read (compiled before it) still reads the first one.
        using var cells = new SessionHarness();
        const string declare = "var a = 2;";
        await cells.Value(declare);
        await cells.Value("int Read() => a;");
        await cells.Value(declare);
        await cells.Value("a = 7;");
        Assert.Equal(1, cells.Session.CellsRunAgain);
        Assert.Equal("7", await cells.Value("a"));
        Assert.Equal("2", await cells.Value("Read()"));
    }

    [Fact]
    public async Task A_cell_whose_name_was_declared_again_since_is_compiled_anew()
    {
        using var cells = new SessionHarness();
        await cells.Value("var x = 1;");
        const string twice = "var y = x * 2;";
        await cells.Value(twice);
        await cells.Value("var x = 10;"); // a new x: the earlier compilation of "twice" reads the old one
        await cells.Value(twice);
        Assert.Equal(0, cells.Session.CellsRunAgain);
        Assert.Equal("20", await cells.Value("y"));
    }

    [Fact]
    public async Task A_cell_whose_own_variable_was_declared_again_since_is_compiled_anew()
    {
        // Run again in place, later cells would keep reading the newer declaration instead of the rerun's.
        using var cells = new SessionHarness();
        const string declare = "var n = 1;";
        await cells.Value(declare);
        await cells.Value("var n = 2;");
        await cells.Value(declare);
        Assert.Equal("1", await cells.Value("n"));
    }

    [Fact]
    public async Task A_using_or_a_type_name_declared_since_makes_every_earlier_cell_compile_anew()
    {
        using var cells = new SessionHarness();
        const string cell = "var s = Math.Max(1, 2);";
        await cells.Value(cell);
        await cells.Value("using static System.Math;");
        await cells.Value(cell);
        Assert.Equal(0, cells.Session.CellsRunAgain);

        await cells.Value("class Math { public static int Max(int a, int b) => -1; }"); // the cell spells Math
        await cells.Value(cell);
        Assert.Equal("-1", await cells.Value("s"));
        Assert.Equal(0, cells.Session.CellsRunAgain);
    }

    [Fact]
    public async Task An_attribute_type_declared_since_makes_a_cell_spelling_its_short_name_compile_anew()
    {
        using var cells = new SessionHarness();
        const string cell = "[Obsolete] int Old() => 1; Old()";
        await cells.Value(cell);
        await cells.Value("class ObsoleteAttribute : Attribute { }"); // [Obsolete] binds to it now
        await cells.Value(cell);
        Assert.Equal(0, cells.Session.CellsRunAgain);
    }

    [Fact]
    public async Task A_cell_declaring_a_type_is_compiled_anew_so_its_static_state_starts_fresh()
    {
        using var cells = new SessionHarness();
        const string counter = "class Counter { public static int N; } Counter.N++; Counter.N";
        Assert.Equal("1", await cells.Value(counter));
        Assert.Equal("1", await cells.Value(counter));
        Assert.Equal(0, cells.Session.CellsRunAgain);
    }

    [Fact]
    public async Task A_rerun_stopped_halfway_leaves_the_variables_as_they_were()
    {
        using var cells = new SessionHarness(new SessionOptions { CellTimeout = TimeSpan.FromMilliseconds(500) });
        await cells.Value("var count = 0; var spin = false;");
        const string cell = "var z = ++count; if (spin) while (true) { }";
        await cells.Value(cell);
        await cells.Value("spin = true;");
        var (result, _) = await cells.Run(cell);
        Assert.Equal(ExecutionStatus.TimedOut, result.Status);
        Assert.Equal(1, cells.Session.CellsRunAgain);
        Assert.Equal("1", await cells.Value("z")); // the stopped rerun's z (2) never joined the session
        Assert.Equal("2", await cells.Value("count")); // what it did to earlier variables stays, as for any stopped cell
    }

    [Fact]
    public async Task An_error_in_a_rerun_names_the_cell_as_it_is_now_and_its_line()
    {
        using var cells = new SessionHarness();
        await cells.Value("var zero = 1;");
        const string cell = "var q = 1;\nq = q / zero;";
        await cells.Value(cell);
        await cells.Value("zero = 0;");
        var (result, sink) = await cells.Run(cell);
        Assert.Equal(ExecutionStatus.Error, result.Status);
        Assert.Equal(1, cells.Session.CellsRunAgain);
        Assert.Equal("cell 4, line 2: Attempted to divide by zero.", sink.ErrorOutput!.Value);
        Assert.Equal("1", await cells.Value("q")); // the variables set before the exception stay, as for any cell
    }

    [Fact]
    public async Task A_rerun_that_runs_out_of_memory_empties_its_variables()
    {
        using var cells = new SessionHarness();
        await cells.Value("var fail = false;");
        const string cell = "var hog = new int[1000]; if (fail) throw new OutOfMemoryException();";
        await cells.Value(cell);
        await cells.Value("fail = true;");
        var (result, sink) = await cells.Run(cell);
        Assert.Equal(ExecutionStatus.Error, result.Status);
        Assert.Equal(1, cells.Session.CellsRunAgain);
        Assert.Contains("ran out of memory", sink.ErrorOutput!.Value);
        Assert.Null(cells.Session.GetVariable("hog"));
    }

    [Fact]
    public async Task The_compiled_cells_are_forgotten_when_a_reference_is_added()
    {
        using var cells = new SessionHarness();
        const string cell = "1 + 1";
        await cells.Value(cell);
        await cells.Value($"#r \"{typeof(RerunTests).Assembly.Location}\"");
        Assert.Equal("2", await cells.Value(cell));
        Assert.Equal(0, cells.Session.CellsRunAgain);
        Assert.Equal("2", await cells.Value(cell));
        Assert.Equal(1, cells.Session.CellsRunAgain);
    }

    [Fact]
    public async Task Run_All_twice_in_one_session_gives_lesson_03_s_outputs_again_and_reruns_its_cells_without_compiling()
    {
        // A student pressing Run All a second time: every cell is unchanged, most run their earlier compilation again,
        // and every output — text, results, charts' JSON — is what the first pass showed (the lesson has no timings).
        var cells = NotebookFile.Read(Path.Combine(RepositoryPaths.Notebooks, "03-learning-rates.ipynb")).Cells
            .Where(c => c.Kind == CellKind.Code).Select(c => c.Source).ToList();
        using var session = new CSharpSession(new SessionOptions { WorkingDirectory = RepositoryPaths.Notebooks });
        var passes = new List<List<string>>();
        for (var pass = 0; pass < 2; pass++)
        {
            var shown = new List<string>();
            for (var i = 0; i < cells.Count; i++)
            {
                var sink = new CollectingSink();
                var result = await session.ExecuteAsync(cells[i], $"cell {i + 1}", sink, TestContext.Current.CancellationToken);
                Assert.True(result.Succeeded, $"pass {pass + 1}, cell {i + 1}: {sink.ErrorOutput?.Value}");
                shown.Add(string.Join("\n", sink.Outputs.Select(Shown)));
            }
            passes.Add(shown);
        }

        Assert.Equal(passes[0], passes[1]);
        Assert.InRange(session.CellsRunAgain, cells.Count / 2, cells.Count);
    }

    private static string Shown(CollectedOutput output) => output switch
    {
        CollectedOutput.Stream s => s.Text,
        CollectedOutput.Result r => Bundle(r.Bundle),
        CollectedOutput.Display d => Bundle(d.Bundle),
        CollectedOutput.Update u => Bundle(u.Bundle),
        _ => output.ToString(),
    };

    private static string Bundle(Downhill.Notebooks.Formatting.MimeBundle bundle) =>
        bundle.Data.TryGetValue(Downhill.Notebooks.Formatting.MimeBundle.PlotlyJson, out var chart) ? chart : bundle.Text;

    [Fact]
    public void Running_again_applies_with_the_Roslyn_the_kit_ships() => Assert.True(SubmissionChain.CanRunAgain);
}
