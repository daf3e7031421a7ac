using System.Diagnostics;
using System.Text.Json.Nodes;
using Downhill.Testing;

namespace Downhill.Jupyter.Tests.RealClients;

/// <summary>
/// The cells students get wrong, sent through jupyter_client (hostile_cells.py, run once for the class):
/// each leaves one error at most, and the kernel keeps answering with the session's variables.
/// </summary>
public sealed class HostileCellTests(HostileCellTests.Probes probes) : IClassFixture<HostileCellTests.Probes>
{
    [Fact]
    public void Every_line_of_a_cell_printing_100000_lines_arrives_in_a_few_messages()
    {
        var cell = probes.Seen("many_lines")["cell"]!;
        Assert.Equal("ok", cell["status"]!.GetValue<string>());
        var lines = cell["streams"]!.GetValue<string>().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(100_000, lines.Length);
        Assert.Equal("loss 99999", lines[^1]);
        Assert.InRange(cell["stream_messages"]!.GetValue<int>(), 1, 1_000);
        AssertSessionLives("many_lines");
    }

    [Fact]
    public void Endless_recursion_is_one_error_naming_the_cell_and_line_and_the_session_lives()
    {
        var cell = probes.Seen("recursion")["cell"]!;
        Assert.Equal("error", cell["status"]!.GetValue<string>());
        Assert.StartsWith("cell 4, line 1: this cell recursed too deeply", cell["evalue"]!.GetValue<string>());
        AssertSessionLives("recursion");
    }

    [Fact]
    public void Endless_recursion_through_a_lambda_is_caught_too()
    {
        var cell = probes.Seen("lambda_recursion")["cell"]!;
        Assert.Equal("error", cell["status"]!.GetValue<string>());
        Assert.StartsWith("cell 6, line 2: this cell recursed too deeply", cell["evalue"]!.GetValue<string>());
        AssertSessionLives("lambda_recursion");
    }

    [Fact]
    public void Endless_recursion_through_a_lambda_that_only_calls_itself_is_caught_too()
    {
        var cell = probes.Seen("lambda_call_recursion")["cell"]!;
        Assert.Equal("error", cell["status"]!.GetValue<string>());
        Assert.StartsWith("cell 8, line 2: this cell recursed too deeply", cell["evalue"]!.GetValue<string>());
        AssertSessionLives("lambda_call_recursion");
    }

    [Fact]
    public void An_exception_on_a_thread_the_cell_started_is_reported_and_the_session_lives()
    {
        var seen = probes.Seen("thread");
        Assert.Equal("ok", seen["cell"]!["status"]!.GetValue<string>());
        AssertSessionLives("thread");
        Assert.Contains("boom from a thread", seen["after"]!["streams"]!.GetValue<string>());
    }

    [Fact]
    public void An_exception_in_async_void_is_reported_and_the_session_lives()
    {
        var seen = probes.Seen("async_void");
        AssertSessionLives("async_void");
        Assert.Contains("boom from async void", seen["after"]!["streams"]!.GetValue<string>());
    }

    [Fact]
    public void Environment_Exit_in_a_cell_is_an_error_not_the_end_of_the_kernel()
    {
        var cell = probes.Seen("exit")["cell"]!;
        Assert.Equal("error", cell["status"]!.GetValue<string>());
        Assert.Contains("Environment.Exit", cell["evalue"]!.GetValue<string>());
        AssertSessionLives("exit");
    }

    [Fact]
    public void Output_a_thread_writes_after_its_cell_ended_shows_in_the_next_cell()
    {
        AssertSessionLives("late_output");
        Assert.Contains("late hello", probes.Seen("late_output")["after"]!["streams"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("huge_output", 'x', "170,000,000")]
    [InlineData("many_large_writes", 'y', "300,000,000")]
    public void A_cell_printing_hundreds_of_megabytes_keeps_the_first_millions_of_characters_and_says_so(string probe, char printed, string total)
    {
        var cell = probes.Seen(probe)["cell"]!;
        Assert.Equal("ok", cell["status"]!.GetValue<string>());
        var streams = cell["streams"]!.GetValue<string>();
        Assert.Equal(new string(printed, 4_000_000), streams[..4_000_000]);
        Assert.Equal($"\n(output cut: {total} characters were printed; the first 4,000,000 are kept)\n", streams[4_000_000..]);
        AssertSessionLives(probe);
    }

    [Fact]
    public void A_failing_static_initializer_names_its_cause_and_line()
    {
        Assert.Equal("ok", probes.Seen("static_initializer")["cell"]!["status"]!.GetValue<string>());
        var cell = probes.Seen("static_initializer_used")["cell"]!;
        Assert.Equal("cell 24, line 2: the static initializer of Table (cell 22, line 4) failed: DivideByZeroException: Attempted to divide by zero.",
            cell["evalue"]!.GetValue<string>());
        AssertSessionLives("static_initializer_used");
    }

    [Fact]
    public void Running_out_of_memory_is_one_sentence_and_the_next_cell_has_the_memory_back()
    {
        var cell = probes.Seen("out_of_memory")["cell"]!;
        Assert.Equal("error", cell["status"]!.GetValue<string>());
        Assert.Equal("cell 2, line 2: this cell ran out of memory; the variables it declared were emptied to give the memory back, " +
            "and the session goes on", cell["evalue"]!.GetValue<string>());
        AssertSessionLives("out_of_memory");
        var next = probes.Seen("memory_back")["cell"]!;
        Assert.True(next["status"]!.GetValue<string>() == "ok", $"the memory was not given back: {next}");
        Assert.Equal("400000000", next["results"]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("german")]
    [InlineData("turkish")]
    public void Numbers_read_the_same_on_a_German_or_Turkish_machine(string machine)
    {
        var cell = probes.Seen(machine)["cell"]!;
        Assert.Equal("ok", cell["status"]!.GetValue<string>());
        Assert.Equal("0.5\n1,234.5 0.25 title\n", cell["streams"]!.GetValue<string>());
        var table = cell["results"]![0]!.GetValue<string>();
        Assert.Contains("0.5", table);
        Assert.DoesNotContain("0,5", table);
    }

    [Fact]
    public void An_interrupt_stops_a_cell_of_megabytes_while_it_compiles()
    {
        var seen = probes.Seen("interrupt_compiling");
        Assert.Equal("error", seen["status"]!.GetValue<string>());
        Assert.Matches(@"^cell \d+ was interrupted$", seen["evalue"]!.GetValue<string>());
        var seconds = seen["seconds"]!.GetValue<double>();
        Assert.True(seconds < 5, $"the interrupt waited {seconds:F1} s for the compiler");
        Assert.Equal("7", seen["after"]!["results"]![0]!.GetValue<string>());
    }

    [Fact]
    public void A_second_client_on_the_same_session_id_gets_replies()
    {
        var second = probes.Seen("second_client");
        Assert.Equal("ok", second["status"]!.GetValue<string>());
        Assert.Equal("8", second["results"]![0]!.GetValue<string>());
    }

    private void AssertSessionLives(string probe)
    {
        var seen = probes.Seen(probe);
        Assert.True(seen["alive"]!.GetValue<bool>(), $"the kernel died during {probe}: {seen}");
        Assert.Equal("7", seen["after"]!["results"]![0]!.GetValue<string>());
    }

    /// <summary>hostile_cells.py run once: a kernel start is seconds, the probes share it.</summary>
    public sealed class Probes
    {
        private readonly Lazy<JsonObject> seen = new(RunScript);

        public JsonNode Seen(string probe) => seen.Value[probe] ?? throw new InvalidOperationException($"hostile_cells.py reported nothing for {probe}.");

        private static JsonObject RunScript()
        {
            var python = Prerequisites.RequirePythonModules("jupyter_client");
            using var spec = new KernelSpecInTemporaryPrefix();
            var start = new ProcessStartInfo(python, [Path.Combine(AppContext.BaseDirectory, "RealClients", "hostile_cells.py")]);
            start.Environment["JUPYTER_PATH"] = spec.JupyterPath;
            var run = ProcessRun.Run(start, TimeSpan.FromMinutes(10));
            if (run.ExitCode != 0) throw new InvalidOperationException($"hostile_cells.py failed ({run.ExitCode}):\n{run.Output}");
            return JsonNode.Parse(run.StandardOutput)!.AsObject();
        }
    }
}
