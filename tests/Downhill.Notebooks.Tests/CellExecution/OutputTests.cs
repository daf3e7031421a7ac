using Downhill.Notebooks.CellExecution;

namespace Downhill.Notebooks.Tests.CellExecution;

public sealed class OutputTests
{
    [Fact]
    public async Task Display_shows_a_value_and_the_result_comes_after_it()
    {
        using var cells = new SessionHarness();
        var (_, sink) = await cells.Run("display(\"first\");\n\"second\"");
        Assert.Collection(sink.Outputs,
            o => Assert.Equal("first", Assert.IsType<CollectedOutput.Display>(o).Bundle.Text),
            o => Assert.Equal("second", Assert.IsType<CollectedOutput.Result>(o).Bundle.Text));
    }

    [Fact]
    public async Task Update_replaces_the_same_display_even_from_a_later_cell()
    {
        using var cells = new SessionHarness();
        var (_, first) = await cells.Run("var handle = display(1); handle.Update(2);");
        var (_, second) = await cells.Run("handle.Update(3);");

        var shown = Assert.IsType<CollectedOutput.Display>(first.Outputs[0]);
        var update = Assert.IsType<CollectedOutput.Update>(first.Outputs[1]);
        var later = Assert.IsType<CollectedOutput.Update>(Assert.Single(second.Outputs));
        Assert.Equal(shown.DisplayId, update.DisplayId);
        Assert.Equal(shown.DisplayId, later.DisplayId);
        Assert.Equal("2", update.Bundle.Text);
        Assert.Equal("3", later.Bundle.Text);
    }

    [Fact]
    public async Task Display_ids_are_unique_within_a_session_and_between_sessions()
    {
        using var one = new SessionHarness();
        using var two = new SessionHarness();
        var (_, a) = await one.Run("display(1); display(2);");
        var (_, b) = await one.Run("display(3);");
        var (_, c) = await two.Run("display(1);");
        var ids = new[] { a, b, c }.SelectMany(s => s.Outputs.OfType<CollectedOutput.Display>()).Select(d => d.DisplayId).ToList();
        Assert.Equal(4, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task Console_out_and_error_become_separate_streams_in_order()
    {
        using var cells = new SessionHarness();
        var (_, sink) = await cells.Run("""
            Console.WriteLine("step 1");
            Console.Error.WriteLine("careful");
            Console.Write("step ");
            Console.WriteLine(2);
            display("shown");
            Console.WriteLine("after");
            """);
        Assert.Equal("step 1\nstep 2\nafter\n", sink.StreamText("stdout"));
        Assert.Equal("careful\n", sink.StreamText("stderr"));
        var kinds = sink.Outputs.Select(o => o switch
        {
            CollectedOutput.Stream s => s.Name,
            CollectedOutput.Display => "display",
            _ => "other",
        });
        Assert.Equal(["stdout", "stderr", "stdout", "display", "stdout"], kinds);
    }

    [Fact]
    public async Task Text_without_a_newline_still_arrives_when_the_cell_ends()
    {
        using var cells = new SessionHarness();
        var (_, sink) = await cells.Run("Console.Write(\"no newline\");");
        Assert.Equal("no newline", sink.StreamText("stdout"));
    }

    [Fact]
    public async Task Output_from_a_task_the_cell_awaits_belongs_to_the_cell()
    {
        using var cells = new SessionHarness();
        var (_, sink) = await cells.Run("await Task.Run(() => Console.WriteLine(\"from a task\"));\nawait Task.Delay(10);\nConsole.WriteLine(\"after await\");");
        Assert.Equal("from a task\nafter await\n", sink.StreamText("stdout"));
    }

    [Fact]
    public async Task ReadLine_fails_clearly_without_a_keyboard()
    {
        using var cells = new SessionHarness();
        var (result, sink) = await cells.Run("var name = Console.ReadLine();");
        Assert.Equal(ExecutionStatus.Error, result.Status);
        Assert.Equal("cell 1, line 1: this notebook runs without a keyboard: Console.ReadLine is not available", sink.ErrorOutput!.Value);
    }

    [Fact]
    public async Task ReadLine_asks_the_input_provider_when_there_is_one()
    {
        var prompts = new List<(string, bool)>();
        using var cells = new SessionHarness(new SessionOptions
        {
            InputProvider = (prompt, password) =>
            {
                prompts.Add((prompt, password));
                return "Ada";
            },
        });
        Assert.Equal("Hello, Ada", await cells.Value("Console.Write(\"Name? \");\n\"Hello, \" + Console.ReadLine()"));
        Assert.Single(prompts);
    }

    [Fact]
    public async Task HTML_helper_gives_an_html_result()
    {
        using var cells = new SessionHarness();
        var (_, sink) = await cells.Run("HTML(\"<b>done</b>\")");
        Assert.Equal("<b>done</b>", sink.ResultBundle!.HtmlText);
        Assert.Equal("<b>done</b>", sink.ResultBundle.Text);
    }
}
