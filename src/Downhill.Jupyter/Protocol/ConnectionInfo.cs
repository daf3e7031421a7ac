using System.Text.Json;
using System.Text.Json.Serialization;

namespace Downhill.Jupyter.Protocol;

/// <summary>
/// The connection file a Jupyter client writes before starting the kernel: where to bind the five
/// sockets and the key that signs every message.
/// </summary>
/// <remarks>
/// Settable rather than init-only: the source-generated reader sets init-only properties in one object initializer,
/// so a field the file leaves out would become null or 0 instead of keeping its default below.
/// </remarks>
public sealed record ConnectionInfo
{
    [JsonPropertyName("transport")] public string Transport { get; set; } = "tcp";
    [JsonPropertyName("ip")] public string Ip { get; set; } = "127.0.0.1";
    [JsonPropertyName("shell_port")] public int ShellPort { get; set; }
    [JsonPropertyName("control_port")] public int ControlPort { get; set; }
    [JsonPropertyName("stdin_port")] public int StdinPort { get; set; }
    [JsonPropertyName("iopub_port")] public int IopubPort { get; set; }
    [JsonPropertyName("hb_port")] public int HeartbeatPort { get; set; }
    [JsonPropertyName("key")] public string Key { get; set; } = "";
    [JsonPropertyName("signature_scheme")] public string SignatureScheme { get; set; } = "hmac-sha256";

    /// <summary>Reads and checks a connection file; any problem is one clear sentence.</summary>
    public static ConnectionInfo Load(string path)
    {
        if (!File.Exists(path))
            throw new KernelStartException($"The connection file '{path}' does not exist; Jupyter passes it as the kernel's argument.");
        ConnectionInfo? info;
        try
        {
            info = JsonSerializer.Deserialize(File.ReadAllText(path), ConnectionInfoJson.Default.ConnectionInfo);
        }
        catch (JsonException e)
        {
            throw new KernelStartException($"The connection file '{path}' is not valid JSON: {e.Message}");
        }
        if (info is null) throw new KernelStartException($"The connection file '{path}' is empty.");
        info.Validate(path);
        return info;
    }

    /// <summary>False when the file has no key: messages are then neither signed nor checked (Jupyter allows it).</summary>
    public bool Signed => Key.Length > 0;

    /// <summary>The ZeroMQ address of one port, e.g. tcp://127.0.0.1:5555.</summary>
    public string Address(int port) => $"{Transport}://{Ip}:{port}";

    private void Validate(string path)
    {
        if (Transport != "tcp")
            throw new KernelStartException($"The connection file '{path}' asks for transport '{Transport}'; this kernel supports only 'tcp'.");
        if (SignatureScheme != "hmac-sha256")
            throw new KernelStartException($"The connection file '{path}' asks for signature scheme '{SignatureScheme}'; this kernel supports only 'hmac-sha256'.");
        if (string.IsNullOrWhiteSpace(Ip))
            throw new KernelStartException($"The connection file '{path}' has no ip; Jupyter writes the address to listen on there, like 127.0.0.1.");
        if (System.Text.RegularExpressions.Regex.IsMatch(Ip, @"^(\[[^\]]*\]|[^:\[\]]+):\d+$"))
            throw new KernelStartException($"The connection file '{path}' has ip '{Ip}', an address with a port; give the address alone (each socket's port has its own field).");
        foreach (var (name, port) in new[] { ("shell_port", ShellPort), ("control_port", ControlPort), ("stdin_port", StdinPort), ("iopub_port", IopubPort), ("hb_port", HeartbeatPort) })
            if (port is <= 0 or > 65535)
                throw new KernelStartException($"The connection file '{path}' has no valid {name} (got {port}).");
    }
}

// Source-generated reading: reflection-based deserialization compiled its converters and emitted property setters at
// every kernel start (≈ 70 methods jitted); the generated reader is precompiled with the rest of the kernel.
[JsonSerializable(typeof(ConnectionInfo))]
internal sealed partial class ConnectionInfoJson : JsonSerializerContext;

/// <summary>The kernel cannot start (bad connection file, port in use); the message says why.</summary>
public sealed class KernelStartException(string message) : Exception(message);
