using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using NetMQ;
using NetMQ.Sockets;

namespace Downhill.Jupyter.Tests.Client;

/// <summary>
/// A small Jupyter client over NetMQ (also the benchmarks' client), written independently of the kernel's own protocol code so
/// the tests check the wire format rather than trust it. Used from one test thread at a time.
/// </summary>
public sealed class KernelClient : IDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly DealerSocket _shell = new();
    private readonly DealerSocket _control = new();
    private readonly DealerSocket _stdin = new();
    private readonly SubscriberSocket _iopub = new();
    private readonly RequestSocket _heartbeat = new();
    private readonly byte[] _key;
    private readonly string _session = Guid.NewGuid().ToString();
    private readonly Dictionary<string, List<ReceivedMessage>> _iopubByParent = new();

    public KernelClient(ConnectionFile connection)
    {
        _key = Encoding.UTF8.GetBytes(connection.Key);
        var identity = Encoding.UTF8.GetBytes(_session);
        _shell.Options.Identity = identity;
        _stdin.Options.Identity = identity; // input_request comes back to the identity that asked on shell
        _shell.Connect(connection.Address(connection.ShellPort));
        _control.Connect(connection.Address(connection.ControlPort));
        _stdin.Connect(connection.Address(connection.StdinPort));
        _iopub.Connect(connection.Address(connection.IopubPort));
        _iopub.SubscribeToAnyTopic();
        _heartbeat.Connect(connection.Address(connection.HeartbeatPort));
    }

    /// <summary>Messages received on iopub whose signature did not verify (must stay empty).</summary>
    public List<string> BadSignatures { get; } = [];

    /// <summary>Sends kernel_info until the kernel answers and iopub delivers (PUB drops messages before SUB joins).</summary>
    public ReceivedMessage WaitUntilReady(Func<bool> gaveUp)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline && !gaveUp())
        {
            var id = Send(KernelChannel.Shell, "kernel_info_request", new JsonObject());
            var reply = TryReply(KernelChannel.Shell, id, TimeSpan.FromSeconds(2));
            if (reply is not null && TryIopubUntilIdle(id, TimeSpan.FromSeconds(0.25)) is not null) return reply;
        }
        throw new TimeoutException("The kernel did not answer kernel_info (it exited, or a minute passed).");
    }

    public string Send(KernelChannel channel, string type, JsonObject content, bool breakSignature = false, JsonObject? metadata = null)
    {
        var id = Guid.NewGuid().ToString("N");
        var header = new JsonObject
        {
            ["msg_id"] = id, ["session"] = _session, ["username"] = "test", ["msg_type"] = type,
            ["version"] = "5.3", ["date"] = DateTime.UtcNow.ToString("O"),
        };
        byte[][] parts = [Json(header), Json(new JsonObject()), Json(metadata ?? new JsonObject()), Json(content)];
        var signature = Sign(parts);
        if (breakSignature) signature = new string(signature.Reverse().ToArray());
        var message = new NetMQMessage();
        message.Append("<IDS|MSG>");
        message.Append(signature);
        foreach (var part in parts) message.Append(part);
        Socket(channel).SendMultipartMessage(message);
        return id;
    }

    /// <summary>The reply to <paramref name="requestId"/> on the channel it was sent on.</summary>
    public ReceivedMessage Reply(KernelChannel channel, string requestId, TimeSpan? timeout = null) =>
        TryReply(channel, requestId, timeout ?? Patience)
        ?? throw new TimeoutException($"No reply to {requestId} on {channel}.");

    public ReceivedMessage? TryReply(KernelChannel channel, string requestId, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (TryReceive(Socket(channel), deadline - DateTime.UtcNow) is { } message)
            if (message.ParentId == requestId) return message;
        return null;
    }

    /// <summary>Every iopub message caused by <paramref name="requestId"/>, from busy to idle.</summary>
    public IReadOnlyList<ReceivedMessage> IopubUntilIdle(string requestId, TimeSpan? timeout = null) =>
        TryIopubUntilIdle(requestId, timeout ?? Patience)
        ?? throw new TimeoutException($"iopub never went idle after {requestId}.");

    /// <summary>Waits for an iopub message of <paramref name="type"/> caused by <paramref name="requestId"/>.</summary>
    public ReceivedMessage WaitForIopub(string requestId, string type) =>
        TryIopub(requestId, Patience, seen => seen.Any(m => m.Type == type))?.First(m => m.Type == type)
        ?? throw new TimeoutException($"No {type} on iopub after {requestId}.");

    private IReadOnlyList<ReceivedMessage>? TryIopubUntilIdle(string requestId, TimeSpan timeout) =>
        TryIopub(requestId, timeout, seen => seen.Any(IsIdle));

    private IReadOnlyList<ReceivedMessage>? TryIopub(string requestId, TimeSpan timeout, Func<List<ReceivedMessage>, bool> enough)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_iopubByParent.TryGetValue(requestId, out var seen) && enough(seen)) return seen;
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero) return null;
            if (TryReceive(_iopub, left) is { } message)
            {
                if (!_iopubByParent.TryGetValue(message.ParentId, out var list)) _iopubByParent[message.ParentId] = list = [];
                list.Add(message);
            }
        }
    }

    /// <summary>An input_request from the kernel, or null within the timeout.</summary>
    public ReceivedMessage? InputRequest(TimeSpan timeout) => TryReceive(_stdin, timeout);

    public void AnswerInput(string value) => Send(KernelChannel.Stdin, "input_reply", new JsonObject { ["value"] = value });

    /// <summary>Heartbeat: the kernel echoes what it is sent.</summary>
    public bool Ping(TimeSpan timeout)
    {
        _heartbeat.SendFrame("ping");
        return _heartbeat.TryReceiveFrameString(timeout, out var echo) && echo == "ping";
    }

    /// <summary>
    /// Runs code and returns the execute_reply and the iopub messages it caused. A <c>cellId</c>, when given, goes in
    /// the request's metadata, as JupyterLab and VS Code send the notebook cell's id.
    /// </summary>
    public (ReceivedMessage Reply, IReadOnlyList<ReceivedMessage> Iopub) Execute(string code, bool silent = false, bool storeHistory = true, bool stopOnError = true, bool allowStdin = false, string? cellId = null)
    {
        var id = SendExecute(code, silent, storeHistory, stopOnError, allowStdin, cellId);
        var reply = Reply(KernelChannel.Shell, id);
        return (reply, IopubUntilIdle(id));
    }

    public string SendExecute(string code, bool silent = false, bool storeHistory = true, bool stopOnError = true, bool allowStdin = false, string? cellId = null) =>
        Send(KernelChannel.Shell, "execute_request", new JsonObject
        {
            ["code"] = code, ["silent"] = silent, ["store_history"] = storeHistory,
            ["user_expressions"] = new JsonObject(), ["allow_stdin"] = allowStdin, ["stop_on_error"] = stopOnError,
        }, metadata: cellId is null ? null : new JsonObject { ["cellId"] = cellId });

    private ReceivedMessage? TryReceive(NetMQSocket socket, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var left = WholeMillisecondsUntil(deadline);
            var frames = new NetMQMessage();
            if (left <= TimeSpan.Zero || !socket.TryReceiveMultipartMessage(left, ref frames)) return null;
            var all = frames.Select(f => f.ToByteArray()).ToList();
            var delimiter = all.FindIndex(f => Encoding.UTF8.GetString(f) == "<IDS|MSG>");
            var parts = all.Skip(delimiter + 2).Take(4).ToArray();
            if (Encoding.ASCII.GetString(all[delimiter + 1]) != Sign(parts))
            {
                BadSignatures.Add(Encoding.UTF8.GetString(parts[0]));
                continue;
            }
            return new ReceivedMessage(Parse(parts[0]), Parse(parts[1]), Parse(parts[3]));
        }
    }

    /// <summary>
    /// The time left, rounded up to whole milliseconds. NetMQ truncates a receive timeout to whole milliseconds
    /// and then treats 0 as "wait for ever" while polling without blocking: a wait of under a millisecond
    /// (the last moments before a deadline) would spin one core for good instead of timing out.
    /// </summary>
    private static TimeSpan WholeMillisecondsUntil(DateTime deadline) =>
        TimeSpan.FromMilliseconds(Math.Ceiling((deadline - DateTime.UtcNow).TotalMilliseconds));

    private static bool IsIdle(ReceivedMessage message) =>
        message.Type == "status" && message.Text("execution_state") == "idle";

    private NetMQSocket Socket(KernelChannel channel) => channel switch
    {
        KernelChannel.Shell => _shell,
        KernelChannel.Control => _control,
        _ => _stdin,
    };

    private string Sign(byte[][] parts)
    {
        if (_key.Length == 0) return "";
        using var hmac = new HMACSHA256(_key);
        foreach (var part in parts) hmac.TransformBlock(part, 0, part.Length, null, 0);
        hmac.TransformFinalBlock([], 0, 0);
        return Convert.ToHexStringLower(hmac.Hash!);
    }

    private static byte[] Json(JsonObject node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    private static JsonObject Parse(byte[] bytes) => (JsonObject)JsonNode.Parse(bytes)!;

    public void Dispose()
    {
        foreach (var socket in new NetMQSocket[] { _shell, _control, _stdin, _iopub, _heartbeat })
        {
            socket.Options.Linger = TimeSpan.Zero;
            socket.Dispose();
        }
    }
}

public enum KernelChannel
{
    Shell,
    Control,
    Stdin,
}
