using System.Text.Json.Nodes;
using Downhill.Jupyter.Tests.Client;

namespace Downhill.Jupyter.Tests.Kernel;

/// <summary>Each test ends its own kernel, so none shares the collection's.</summary>
public sealed class ShutdownTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Shutdown_replies_with_busy_idle_and_then_the_process_exits_cleanly(bool restart)
    {
        using var kernel = new RunningKernel();
        kernel.Client.Execute("var x = 1;");

        var id = kernel.Client.Send(KernelChannel.Control, "shutdown_request", new JsonObject { ["restart"] = restart });
        var reply = kernel.Client.Reply(KernelChannel.Control, id);

        Assert.Equal("shutdown_reply", reply.Type);
        Assert.Equal("ok", reply.Text("status"));
        Assert.Equal(restart, reply.Content["restart"]!.GetValue<bool>());
        Assert.True(kernel.Process.WaitForExit(TimeSpan.FromSeconds(20)), "The kernel did not exit after shutdown.");
        Assert.Equal(0, kernel.Process.ExitCode);
    }

    [Fact]
    public void Shutdown_ends_even_a_kernel_stuck_in_a_tight_loop()
    {
        using var kernel = new RunningKernel();
        var loop = kernel.Client.SendExecute("while (true) { }");
        kernel.Client.WaitForIopub(loop, "execute_input");

        var reply = kernel.Client.Reply(KernelChannel.Control, kernel.Client.Send(KernelChannel.Control, "shutdown_request", new JsonObject { ["restart"] = false }));

        Assert.Equal("ok", reply.Text("status"));
        Assert.True(kernel.Process.WaitForExit(TimeSpan.FromSeconds(20)), "The kernel did not exit after shutdown.");
    }

    [Fact]
    public void A_restarted_kernel_starts_with_fresh_state()
    {
        using (var first = new RunningKernel())
        {
            first.Client.Execute("var fromBefore = 1;");
            first.Client.Reply(KernelChannel.Control, first.Client.Send(KernelChannel.Control, "shutdown_request", new JsonObject { ["restart"] = true }));
            Assert.True(first.Process.WaitForExit(TimeSpan.FromSeconds(20)));
        }
        // jupyter_client restarts by starting the kernelspec's command again.
        using var second = new RunningKernel();
        var (reply, _) = second.Client.Execute("fromBefore");

        Assert.Equal("error", reply.Text("status"));
        Assert.Contains("fromBefore", reply.Text("evalue"));
    }
}
