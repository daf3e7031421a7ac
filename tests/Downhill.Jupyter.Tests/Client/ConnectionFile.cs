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

    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(l => l.Start());
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        listeners.ForEach(l => l.Stop());
        return ports;
    }
}
