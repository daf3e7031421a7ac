using System.Text.Json.Nodes;
using Downhill.Jupyter.Tests.Client;

namespace Downhill.Jupyter.Tests.Kernel;

[Collection(SharedKernelCollection.Name)]
public sealed class SignatureTests(RunningKernel kernel)
{
    private KernelClient Client => kernel.Client;

    [Theory]
    [InlineData(KernelChannel.Shell)]
    [InlineData(KernelChannel.Control)]
    public void A_message_with_a_bad_signature_is_dropped_logged_and_the_kernel_stays_up(KernelChannel channel)
    {
        var forged = Client.Send(channel, channel == KernelChannel.Shell ? "execute_request" : "shutdown_request",
            new JsonObject { ["code"] = "var forged = 1;", ["silent"] = false, ["restart"] = false }, breakSignature: true);

        Assert.Null(Client.TryReply(channel, forged, TimeSpan.FromSeconds(2)));
        Assert.Contains("signature", kernel.Process.StandardError);
        var honest = Client.Send(channel, "kernel_info_request", new JsonObject());
        Assert.Equal("kernel_info_reply", Client.Reply(channel, honest).Type);
        Assert.False(kernel.Process.HasExited);
    }
}
