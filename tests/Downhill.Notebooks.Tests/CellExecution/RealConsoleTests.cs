namespace Downhill.Notebooks.Tests.CellExecution;

[Collection(ConsoleCollection.Name)]
public sealed class RealConsoleTests
{
    [Fact]
    public async Task The_real_console_is_back_after_the_session()
    {
        var realOut = Console.Out;
        var realError = Console.Error;
        var realIn = Console.In;
        using (var cells = new SessionHarness())
            await cells.Run("Console.WriteLine(\"inside\");");
        Assert.Same(realOut, Console.Out);
        Assert.Same(realError, Console.Error);
        Assert.Same(realIn, Console.In);
    }

    [Fact]
    public async Task A_cell_abandoned_asleep_gives_the_real_console_back()
    {
        var realOut = Console.Out;
        using (var cells = new SessionHarness(new Downhill.Notebooks.CellExecution.SessionOptions { CellTimeout = TimeSpan.FromMilliseconds(200) }))
        {
            await cells.Run("System.Threading.Thread.Sleep(System.Threading.Timeout.Infinite);");
            Assert.Equal("still here\n", (await cells.Run("Console.WriteLine(\"still here\");")).Sink.StreamText("stdout"));
        }
        Assert.Same(realOut, Console.Out);
    }

    [Fact]
    public async Task Writes_from_outside_any_cell_reach_the_real_console_while_a_cell_runs()
    {
        var realOut = Console.Out;
        using var captured = new StringWriter();
        Console.SetOut(captured);
        try
        {
            using var cells = new SessionHarness();
            using var started = new ManualResetEventSlim();
            var running = cells.Run("Console.WriteLine(\"cell\");\nSystem.Threading.Thread.Sleep(300);");
            // A thread the cell did not start writes while the cell runs: that text is not the cell's.
            var outsider = new Thread(() =>
            {
                Thread.Sleep(100);
                Console.WriteLine("outsider");
            });
            using (ExecutionContext.SuppressFlow()) outsider.Start();
            var (_, sink) = await running;
            outsider.Join();
            Assert.Equal("cell\n", sink.StreamText("stdout"));
            Assert.Equal("outsider\n", captured.ToString());
        }
        finally
        {
            Console.SetOut(realOut);
        }
    }

    [Fact]
    public async Task Text_a_thread_writes_after_its_cell_ended_shows_under_the_next_cell()
    {
        using var cells = new SessionHarness();
        await cells.Run("new System.Threading.Thread(() => { System.Threading.Thread.Sleep(200); Console.WriteLine(\"late hello\"); }).Start();");
        await Task.Delay(600, TestContext.Current.CancellationToken);
        var (_, sink) = await cells.Run("Console.WriteLine(\"next\");");
        Assert.Equal("late hello\nnext\n", sink.StreamText("stdout"));
    }
}
