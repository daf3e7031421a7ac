using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace Downhill.Jupyter.Tests.Client;

/// <summary>A connection file as Jupyter writes one: five free loopback ports and a fresh key.</summary>
public sealed record ConnectionFile(string Path, string Key, int ShellPort, int ControlPort, int StdinPort, int IopubPort, int HeartbeatPort)
{
    public string Address(int port) => $"tcp://127.0.0.1:{port}";

    public static ConnectionFile Write(string folder, string? key = null)
    {
        var ports = FreePorts(5);
        var file = new ConnectionFile(System.IO.Path.Combine(folder, "kernel-connection.json"), key ?? Guid.NewGuid().ToString(),
            ports[0], ports[1], ports[2], ports[3], ports[4]);
        File.WriteAllText(file.Path, new JsonObject
        {
            ["shell_port"] = file.ShellPort, ["control_port"] = file.ControlPort, ["stdin_port"] = file.StdinPort,
            ["iopub_port"] = file.IopubPort, ["hb_port"] = file.HeartbeatPort, ["ip"] = "127.0.0.1",
            ["key"] = file.Key, ["transport"] = "tcp", ["signature_scheme"] = "hmac-sha256", ["kernel_name"] = "downhill",
        }.ToJsonString());
        return file;
    }

    /// <summary>
    /// Free loopback ports below the system's ephemeral range. A port taken from that range and released again
    /// may be handed to something else before the kernel binds it — to any outgoing connection, or to NetMQ,
    /// which binds a port-0 listener for every socket it makes and pairs it with the first connection that
    /// arrives: a test client still reconnecting to a kernel's port could be that connection.
    /// </summary>
    internal static int[] FreePorts(int count)
    {
        var below = EphemeralRangeStart();
        var ports = new List<int>(count);
        while (ports.Count < count)
        {
            var port = Random.Shared.Next(LowestPort, below);
            if (!ports.Contains(port) && IsFree(port)) ports.Add(port);
        }
        return [.. ports];
    }

    internal const int LowestPort = 10_000;

    // Linux's default range starts at 32768; other systems (and a missing file) get the IANA start, 49152.
    internal static int EphemeralRangeStart()
    {
        const string range = "/proc/sys/net/ipv4/ip_local_port_range";
        return File.Exists(range) && int.TryParse(File.ReadAllText(range).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0], out var start)
               && start > LowestPort + 1000
            ? start
            : 49152;
    }

    private static bool IsFree(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        try
        {
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        finally
        {
            listener.Stop();
        }
    }
}
