using Downhill.Notebooks.CellExecution;

namespace Downhill.Notebooks.Tests.CellExecution;

public sealed class TimeoutTests
{
    [Fact]
    public async Task A_tight_loop_is_stopped_at_the_time_out_and_the_session_keeps_its_state()
    {
        using var cells = new SessionHarness(new SessionOptions { CellTimeout = TimeSpan.FromMilliseconds(500) });
        await cells.Value("var kept = 41;");
        var (result, sink) = await cells.Run("var lost = 0;\nwhile (true) { }");
        Assert.Equal(ExecutionStatus.TimedOut, result.Status);
        Assert.Equal("cell 2 ran past its 500-millisecond time-out and was stopped", sink.ErrorOutput!.Value);
        Assert.Equal("42", await cells.Value("kept + 1"));
    }

    [Fact]
    public async Task A_stopped_cell_leaves_earlier_definitions_callable()
    {
        using var cells = new SessionHarness(new SessionOptions { CellTimeout = TimeSpan.FromMilliseconds(300) });
        await cells.Value("int Twice(int x) => 2 * x;");
        await cells.Run("for (long i = 0; ; i++) { }");
        Assert.Equal("8", await cells.Value("Twice(4)"));
    }

    [Fact]
    public async Task Cancelling_interrupts_a_tight_loop()
    {
        using var cells = new SessionHarness();
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var running = cells.Interruptible("Console.WriteLine(\"spinning\");\nwhile (true) { }", interrupt.Token);
        interrupt.CancelAfter(TimeSpan.FromMilliseconds(300));
        var (result, sink) = await running;
        Assert.Equal(ExecutionStatus.Interrupted, result.Status);
        Assert.Equal("cell 1 was interrupted", sink.ErrorOutput!.Value);
        Assert.Equal("spinning\n", sink.StreamText("stdout"));
        Assert.Equal("1", await cells.Value("1"));
    }

    [Fact]
    public async Task A_cell_waiting_on_a_long_delay_is_stopped_too()
    {
        using var cells = new SessionHarness(new SessionOptions { CellTimeout = TimeSpan.FromMilliseconds(300) });
        var (result, _) = await cells.Run("await Task.Delay(TimeSpan.FromMinutes(10));");
        Assert.Equal(ExecutionStatus.TimedOut, result.Status);
    }

    // A thread asleep in the operating system cannot be aborted until it wakes; the cell must be reported
    // stopped anyway and the session must answer. (Without that, this test would wait forever: the timeout
    // attribute turns that into a failure instead of a hung run.)
    [Fact(Timeout = 120_000)]
    public async Task A_cell_sleeping_forever_is_reported_stopped_and_the_session_answers()
    {
        using var cells = new SessionHarness(new SessionOptions { CellTimeout = TimeSpan.FromMilliseconds(300) });
        await cells.Value("var kept = 41;");

        var (result, sink) = await cells.Interruptible(
            "Console.WriteLine(\"going to sleep\");\nSystem.Threading.Thread.Sleep(System.Threading.Timeout.Infinite);",
            TestContext.Current.CancellationToken);

        Assert.Equal(ExecutionStatus.TimedOut, result.Status);
        Assert.Equal("cell 2 ran past its 300-millisecond time-out and was stopped", sink.ErrorOutput!.Value);
        Assert.Equal("going to sleep\n", sink.StreamText("stdout"));
        Assert.Equal("42", await cells.Value("kept + 1"));
    }

    [Theory]
    [InlineData(120_000, "2-minute")]
    [InlineData(30_000, "30-second")]
    [InlineData(1_500, "1.5-second")]
    [InlineData(200, "200-millisecond")]
    public void Time_outs_are_named_in_words(int milliseconds, string expected) =>
        Assert.Equal(expected, CellErrors.Duration(TimeSpan.FromMilliseconds(milliseconds)));
}
