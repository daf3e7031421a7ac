using Downhill.Notebooks.CellExecution;
using Downhill.Notebooks.Tests.CellExecution;

namespace Downhill.Notebooks.Tests.Magics;

/// <summary>The <c>#!</c> magics run through a session: #!time, #!markdown, #!csharp, and unknown ones.</summary>
public sealed partial class CellMagicTests
{
    // The format only: how long a cell takes is not the test's business.
    [System.Text.RegularExpressions.GeneratedRegex(@"^Wall time: (\d+\.\d ms|\d+\.\d\d s)\n$")]
    private static partial System.Text.RegularExpressions.Regex WallTime();

    [Fact]
    public async Task Time_writes_the_wall_time_to_stdout_after_the_cells_own_output()
    {
        using var cells = new SessionHarness();
        var (result, sink) = await cells.Run("#!time\nConsole.WriteLine(\"working\");\n6 * 7");

        Assert.True(result.Succeeded, sink.ErrorOutput?.Value);
        Assert.Collection(sink.Outputs,
            o => Assert.Equal(new CollectedOutput.Stream("stdout", "working\n"), o),
            o => Assert.Equal("42", Assert.IsType<CollectedOutput.Result>(o).Bundle.Text),
            o =>
            {
                var time = Assert.IsType<CollectedOutput.Stream>(o);
                Assert.Equal("stdout", time.Name);
                Assert.Matches(WallTime(), time.Text);
            });
    }

    [Fact]
    public async Task Time_starts_a_line_of_its_own_after_text_written_without_a_line_break()
    {
        using var cells = new SessionHarness();
        var (_, sink) = await cells.Run("#!time\nConsole.Write(\"no line break\");");
        var stdout = sink.StreamText("stdout");
        Assert.StartsWith("no line break\nWall time: ", stdout);
        Assert.Matches(WallTime(), stdout["no line break\n".Length..]);
    }

    [Fact]
    public async Task Time_reports_even_for_a_cell_that_shows_nothing_and_keeps_its_variables()
    {
        using var cells = new SessionHarness();
        var (_, sink) = await cells.Run("var timed = 3;\n#!time");
        Assert.Matches(WallTime(), Assert.IsType<CollectedOutput.Stream>(Assert.Single(sink.Outputs)).Text);
        Assert.Equal("4", await cells.Value("timed + 1"));
    }

    [Fact]
    public async Task A_markdown_cell_runs_nothing_and_produces_no_outputs()
    {
        using var cells = new SessionHarness();
        var (result, sink) = await cells.Run("#!markdown\n# Step size\nConsole.WriteLine(\"not code\");\nvar notDefined = 1;\n#!whatever");

        Assert.Equal(ExecutionStatus.Ok, result.Status);
        Assert.Empty(sink.Outputs);
        Assert.Null(cells.Session.GetVariable("notDefined"));
        Assert.Empty(cells.Session.SubmittedCode);
    }

    [Theory]
    [InlineData("#!csharp")]
    [InlineData("#!c#")]
    [InlineData("#!C#")]
    public async Task A_csharp_marker_runs_the_cell_as_csharp(string marker)
    {
        using var cells = new SessionHarness();
        Assert.Equal("42", await cells.Value($"{marker}\nvar half = 21;\nhalf * 2"));
        Assert.Equal(21, cells.Session.GetVariable("half"));
    }

    [Fact]
    public async Task Errors_after_a_csharp_marker_keep_the_cells_own_line_numbers()
    {
        using var cells = new SessionHarness();
        var (_, sink) = await cells.Run("#!csharp\nvar x = 1;\nvar y = nope;");
        Assert.StartsWith("cell 1, line 3: error CS0103:", sink.ErrorOutput?.Value);
    }

    [Theory]
    [InlineData("#!fsharp")]
    [InlineData("#!whatever")]
    [InlineData("#!pwsh -c ls")]
    public async Task An_unknown_magic_is_an_error_naming_it_and_the_cell_and_nothing_of_the_cell_runs(string magic)
    {
        using var cells = new SessionHarness();
        await cells.Value("var kept = 41;");
        var (result, sink) = await cells.Run($"Console.WriteLine(\"ran\");\nvar notRun = 1;\n{magic}");

        Assert.Equal(ExecutionStatus.Error, result.Status);
        var error = Assert.IsType<CollectedOutput.Failure>(Assert.Single(sink.Outputs)).Error;
        var name = magic.Split(' ')[0];
        Assert.StartsWith($"cell 2, line 3: unknown magic command {name}: ", error.Value);
        Assert.Null(cells.Session.GetVariable("notRun"));
        Assert.Equal("42", await cells.Value("kept + 1"));
    }
}
