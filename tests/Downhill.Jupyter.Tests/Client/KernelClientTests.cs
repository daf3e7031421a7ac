namespace Downhill.Jupyter.Tests.Client;

/// <summary>The test client's own waits end: a protocol test can fail, but it cannot hang the run.</summary>
public sealed class KernelClientTests
{
    [Theory]
    [InlineData(500)] // under a millisecond: what is left of a deadline in its last moments
    [InlineData(1)]
    [InlineData(1500)]
    public async Task A_wait_for_a_reply_that_never_comes_ends_when_its_time_is_up(int microseconds)
    {
        // Nothing listens on these ports, so no reply can come.
        var folder = Downhill.Testing.RepositoryPaths.NewTempFolder("downhill-client");
        using var client = new KernelClient(ConnectionFile.Write(folder));

        var wait = Task.Run(() => client.TryReply(KernelChannel.Shell, "no such request", TimeSpan.FromMicroseconds(microseconds)));

        var first = await Task.WhenAny(wait, Task.Delay(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        Assert.True(first == wait, "The client was still waiting 10 s after a wait of under two milliseconds.");
        Assert.Null(await wait);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void A_connection_file_names_five_different_free_ports_that_no_outgoing_connection_can_be_given()
    {
        var ports = ConnectionFile.FreePorts(5);

        Assert.Equal(5, ports.Distinct().Count());
        Assert.All(ports, port => Assert.InRange(port, ConnectionFile.LowestPort, ConnectionFile.EphemeralRangeStart() - 1));
        foreach (var port in ports)
        {
            var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, port);
            listener.Start(); // throws if it were taken
            listener.Stop();
        }
    }
}
