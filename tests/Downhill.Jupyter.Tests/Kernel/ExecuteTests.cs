using Downhill.Jupyter.Tests.Client;

namespace Downhill.Jupyter.Tests.Kernel;

[Collection(SharedKernelCollection.Name)]
public sealed class ExecuteTests(RunningKernel kernel)
{
    private KernelClient Client => kernel.Client;

    private static List<string> Types(IEnumerable<ReceivedMessage> iopub) => iopub.Select(m => m.Type).ToList();

    [Fact]
    public void A_cell_publishes_busy_input_stream_result_idle_then_replies_with_its_count()
    {
        var (reply, iopub) = Client.Execute("Console.WriteLine(\"hello\");\n6 * 7");

        Assert.Equal(["status", "execute_input", "stream", "execute_result", "status"], Types(iopub));
        var count = reply.Content["execution_count"]!.GetValue<int>();
        Assert.Equal("ok", reply.Text("status"));
        Assert.Equal(count, iopub[1].Content["execution_count"]!.GetValue<int>());
        Assert.Equal("Console.WriteLine(\"hello\");\n6 * 7", iopub[1].Text("code"));
        Assert.Equal("stdout", iopub[2].Text("name"));
        Assert.Equal("hello\n", iopub[2].Text("text"));
        Assert.Equal(count, iopub[3].Content["execution_count"]!.GetValue<int>());
        Assert.Equal("42", iopub[3].Content["data"]!["text/plain"]!.GetValue<string>());
    }

    [Fact]
    public void Execution_counts_go_up_by_one_per_stored_cell()
    {
        var first = Client.Execute("1").Reply.Content["execution_count"]!.GetValue<int>();
        var second = Client.Execute("2").Reply.Content["execution_count"]!.GetValue<int>();

        Assert.Equal(first + 1, second);
    }

    [Fact]
    public void A_chart_result_carries_html_beside_plain_text()
    {
        Client.Execute("using Downhill;");
        var (reply, iopub) = Client.Execute("Plots.Line(new double[] { 0, 1, 2 }, new double[] { 4, 1, 0 })");

        Assert.Equal("ok", reply.Text("status"));
        var data = iopub.Single(m => m.Type == "execute_result").Content["data"]!.AsObject();
        Assert.True(data.ContainsKey("text/html"));
        Assert.True(data.ContainsKey("text/plain"));
        Assert.Contains("plotly", data["text/html"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Display_and_update_carry_the_same_transient_display_id()
    {
        var (reply, iopub) = Client.Execute("var handle = display(\"first\");\nhandle.Update(\"second\");");

        Assert.Equal("ok", reply.Text("status"));
        var shown = iopub.Single(m => m.Type == "display_data");
        var updated = iopub.Single(m => m.Type == "update_display_data");
        var id = shown.Content["transient"]!["display_id"]!.GetValue<string>();
        Assert.False(string.IsNullOrEmpty(id));
        Assert.Equal(id, updated.Content["transient"]!["display_id"]!.GetValue<string>());
        Assert.Contains("first", shown.Content["data"]!["text/plain"]!.GetValue<string>());
        Assert.Contains("second", updated.Content["data"]!["text/plain"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("throw new InvalidOperationException(\"boom\");", "boom")]
    [InlineData("var broken = alpah;", "alpah")]
    [InlineData("Console.Error.WriteLine(\"before\");\nint[] a = new int[1];\na[5] = 1;", "Index")]
    public void A_failure_is_exactly_one_error_message_and_an_error_reply(string code, string mentioned)
    {
        var (reply, iopub) = Client.Execute(code);

        var error = Assert.Single(iopub, m => m.Type == "error");
        Assert.Contains(mentioned, error.Text("evalue"));
        Assert.NotEmpty(error.Content["traceback"]!.AsArray());
        Assert.Equal("error", reply.Text("status"));
        Assert.Equal(error.Text("ename"), reply.Text("ename"));
        Assert.Equal(error.Text("evalue"), reply.Text("evalue"));
        Assert.DoesNotContain(iopub, m => m.Type == "stream" && m.Text("name") == "stderr" && m.Text("text").Contains(mentioned));
    }

    [Fact]
    public void State_survives_an_exception()
    {
        Client.Execute("var survivor = 41;");
        Client.Execute("throw new Exception(\"oops\");");
        var (reply, iopub) = Client.Execute("survivor + 1");

        Assert.Equal("ok", reply.Text("status"));
        Assert.Equal("42", iopub.Single(m => m.Type == "execute_result").Content["data"]!["text/plain"]!.GetValue<string>());
    }

    [Fact]
    public void Silent_cells_publish_nothing_but_status_and_do_not_count()
    {
        var before = Client.Execute("1").Reply.Content["execution_count"]!.GetValue<int>();
        var (reply, iopub) = Client.Execute("Console.WriteLine(\"quiet\");\n5", silent: true);
        var after = Client.Execute("1").Reply.Content["execution_count"]!.GetValue<int>();

        Assert.Equal("ok", reply.Text("status"));
        Assert.Equal(["status", "status"], Types(iopub));
        Assert.Equal(before + 1, after);
    }

    [Fact]
    public void Cells_without_store_history_do_not_count()
    {
        var before = Client.Execute("1").Reply.Content["execution_count"]!.GetValue<int>();
        var (reply, _) = Client.Execute("2", storeHistory: false);
        var after = Client.Execute("3").Reply.Content["execution_count"]!.GetValue<int>();

        Assert.Equal(before, reply.Content["execution_count"]!.GetValue<int>());
        Assert.Equal(before + 1, after);
    }

    [Fact]
    public void Stop_on_error_aborts_the_requests_queued_behind_a_failure()
    {
        var failing = Client.SendExecute("System.Threading.Thread.Sleep(300); throw new Exception(\"first\");");
        var queued = Client.SendExecute("var neverRuns = 1;");
        var alsoQueued = Client.SendExecute("2", stopOnError: false);

        Assert.Equal("error", Client.Reply(KernelChannel.Shell, failing).Text("status"));
        Assert.Equal("aborted", Client.Reply(KernelChannel.Shell, queued).Text("status"));
        Assert.Equal("aborted", Client.Reply(KernelChannel.Shell, alsoQueued).Text("status"));
        Assert.DoesNotContain(Client.IopubUntilIdle(queued), m => m.Type == "execute_input");
        var later = Client.Execute("1 + 1").Reply;
        Assert.Equal("ok", later.Text("status"));
    }

    [Fact]
    public void Without_stop_on_error_queued_requests_still_run()
    {
        var failing = Client.SendExecute("System.Threading.Thread.Sleep(300); throw new Exception(\"first\");", stopOnError: false);
        var queued = Client.SendExecute("40 + 2");

        Assert.Equal("error", Client.Reply(KernelChannel.Shell, failing).Text("status"));
        Assert.Equal("ok", Client.Reply(KernelChannel.Shell, queued).Text("status"));
    }

    [Fact]
    public void ReadLine_without_allow_stdin_fails_with_a_clear_message_instead_of_hanging()
    {
        var (reply, iopub) = Client.Execute("var name = Console.ReadLine();", allowStdin: false);

        Assert.Equal("error", reply.Text("status"));
        Assert.Contains("Console.ReadLine", Assert.Single(iopub, m => m.Type == "error").Text("evalue"));
    }

    [Fact]
    public void ReadLine_with_allow_stdin_asks_the_front_end_through_input_request()
    {
        var id = Client.SendExecute("var answer = Console.ReadLine();\n$\"got {answer}\"", allowStdin: true);
        var request = Client.InputRequest(KernelClient.Patience);

        Assert.NotNull(request);
        Assert.Equal("input_request", request.Type);
        Assert.Equal(id, request.ParentId);
        Client.AnswerInput("0.25");
        var reply = Client.Reply(KernelChannel.Shell, id);
        Assert.Equal("ok", reply.Text("status"));
        Assert.Contains("got 0.25", Client.IopubUntilIdle(id).Single(m => m.Type == "execute_result").Content["data"]!["text/plain"]!.GetValue<string>());
    }

    // Neither needs the network: one is malformed, the other's version cannot be restored.
    [Theory]
    [InlineData("#r \"nuget: \"")]
    [InlineData("#r \"nuget: Zz.Local.Only, not-a-version\"")]
    public void A_failed_nuget_reference_is_one_error_and_the_kernel_keeps_answering(string reference)
    {
        var (reply, iopub) = Client.Execute(reference);

        Assert.Equal("error", reply.Text("status"));
        Assert.Single(iopub, m => m.Type == "error");
        Assert.Equal("ok", Client.Execute("1 + 1").Reply.Text("status"));
    }

    [Fact]
    public void Deep_but_finite_recursion_works()
    {
        var (reply, iopub) = Client.Execute("int Depth(int n) => n == 0 ? 0 : 1 + Depth(n - 1);\nDepth(100_000)");

        Assert.Equal("ok", reply.Text("status"));
        Assert.Equal("100000", iopub.Single(m => m.Type == "execute_result").Content["data"]!["text/plain"]!.GetValue<string>());
    }
}
