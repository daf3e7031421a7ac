using System.Text.Json.Nodes;
using Downhill.Jupyter.Tests.Client;

namespace Downhill.Jupyter.Tests.Kernel;

[Collection(SharedKernelCollection.Name)]
public sealed class InterruptTests(RunningKernel kernel)
{
    private KernelClient Client => kernel.Client;

    [Fact]
    public void Interrupt_stops_a_tight_loop_and_the_kernel_keeps_its_state()
    {
        Client.Execute("var keptAcrossInterrupt = 7;");
        var loop = Client.SendExecute("while (true) { }");
        // Interrupting before the loop started would prove nothing: wait until the cell is running.
        Client.WaitForIopub(loop, "execute_input");
        Thread.Sleep(200);

        var interrupt = Client.Send(KernelChannel.Control, "interrupt_request", new JsonObject());
        var interruptReply = Client.Reply(KernelChannel.Control, interrupt);
        var loopReply = Client.Reply(KernelChannel.Shell, loop);

        Assert.Equal("interrupt_reply", interruptReply.Type);
        Assert.Equal("ok", interruptReply.Text("status"));
        Assert.Equal("error", loopReply.Text("status"));
        Assert.Single(Client.IopubUntilIdle(loop), m => m.Type == "error");
        var (after, iopub) = Client.Execute("keptAcrossInterrupt * 6");
        Assert.Equal("ok", after.Text("status"));
        Assert.Equal("42", iopub.Single(m => m.Type == "execute_result").Content["data"]!["text/plain"]!.GetValue<string>());
    }

    [Fact]
    public void Interrupt_with_nothing_running_is_harmless()
    {
        var reply = Client.Reply(KernelChannel.Control, Client.Send(KernelChannel.Control, "interrupt_request", new JsonObject()));

        Assert.Equal("ok", reply.Text("status"));
        Assert.Equal("ok", Client.Execute("1").Reply.Text("status"));
    }

    [Fact]
    public void Interrupt_cancels_a_cell_waiting_for_keyboard_input()
    {
        var id = Client.SendExecute("var never = Console.ReadLine();", allowStdin: true);
        Assert.NotNull(Client.InputRequest(KernelClient.Patience));

        Client.Reply(KernelChannel.Control, Client.Send(KernelChannel.Control, "interrupt_request", new JsonObject()));

        Assert.Equal("error", Client.Reply(KernelChannel.Shell, id).Text("status"));
        Assert.Equal("ok", Client.Execute("2").Reply.Text("status"));
    }
}
