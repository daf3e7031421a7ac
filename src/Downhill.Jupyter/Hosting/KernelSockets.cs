using Downhill.Jupyter.Protocol;
using NetMQ;
using NetMQ.Sockets;

namespace Downhill.Jupyter.Hosting;

/// <summary>
/// Owns the five sockets on one poller thread. NetMQ sockets are not thread-safe, so every send
/// from any thread goes through one queue that this thread drains: each multipart message leaves
/// whole and in order. Incoming messages are verified here and handed to <see cref="Received"/>,
/// which must return quickly (the handlers queue work for their own threads).
/// </summary>
internal sealed class KernelSockets : IDisposable
{
    private readonly RouterSocket _shell = new();
    private readonly RouterSocket _control = new();
    private readonly RouterSocket _stdin = new();
    private readonly PublisherSocket _iopub = new();
    private readonly ResponseSocket _heartbeat = new();
    private readonly NetMQQueue<Outgoing> _outbox = new();
    private readonly NetMQPoller _poller;
    private readonly WireFormat _wire;
    private readonly TextWriter _log;
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public KernelSockets(ConnectionInfo connection, TextWriter log)
    {
        _wire = new WireFormat(new MessageSigner(connection.Key));
        _log = log;
        foreach (var socket in new NetMQSocket[] { _shell, _control, _stdin, _iopub, _heartbeat })
            socket.Options.Linger = TimeSpan.FromSeconds(1);
        // jupyter_client names its shell and stdin sockets after the session id, so a second client sharing the
        // session (a reconnected front end, a console attached to a notebook's kernel) arrives with the same
        // identity: hand the identity over to the newest connection, as ipykernel does, instead of ignoring it.
        _shell.Options.RouterHandover = true;
        _stdin.Options.RouterHandover = true;
        Bind(_shell, connection, connection.ShellPort, "shell");
        Bind(_control, connection, connection.ControlPort, "control");
        Bind(_stdin, connection, connection.StdinPort, "stdin");
        Bind(_iopub, connection, connection.IopubPort, "iopub");
        Bind(_heartbeat, connection, connection.HeartbeatPort, "heartbeat");

        _shell.ReceiveReady += (_, e) => Receive(Channel.Shell, e.Socket);
        _control.ReceiveReady += (_, e) => Receive(Channel.Control, e.Socket);
        _stdin.ReceiveReady += (_, e) => Receive(Channel.Stdin, e.Socket);
        _heartbeat.ReceiveReady += (_, e) => Echo(e.Socket);
        _outbox.ReceiveReady += (_, _) => Drain();
        _poller = new NetMQPoller { _shell, _control, _stdin, _heartbeat, _outbox };
    }

    /// <summary>Raised on the poller thread for every verified incoming message.</summary>
    public event Action<Channel, JupyterMessage>? Received;

    /// <summary>Completes when the poller has stopped (after <see cref="StopAfterPendingSends"/>).</summary>
    public Task Stopped => _stopped.Task;

    public void Start()
    {
        var thread = new Thread(() =>
        {
            try { _poller.Run(); }
            finally { _stopped.TrySetResult(); }
        })
        { IsBackground = true, Name = "jupyter sockets" };
        thread.Start();
    }

    /// <summary>Queues a message; safe from any thread.</summary>
    public void Send(Channel channel, JupyterMessage message) => _outbox.Enqueue(new Outgoing(channel, message));

    /// <summary>Sends everything already queued (a shutdown reply, say), then stops the poller.</summary>
    public void StopAfterPendingSends() => _outbox.Enqueue(new Outgoing(null, null));

    private void Drain()
    {
        while (_outbox.TryDequeue(out var outgoing, TimeSpan.Zero))
        {
            if (outgoing.Message is null)
            {
                _poller.Stop();
                return;
            }
            NetMQSocket socket = outgoing.Channel switch
            {
                Channel.Shell => _shell,
                Channel.Control => _control,
                Channel.Stdin => _stdin,
                _ => _iopub,
            };
            var toSend = outgoing.Message;
            // iopub's first frame is the PUB topic; ipykernel's shape is kernel.<session>.<type>.
            if (outgoing.Channel == Channel.IoPub && toSend.Identities.Count == 0)
                toSend = toSend with { Identities = [System.Text.Encoding.UTF8.GetBytes($"kernel.{toSend.Header["session"]}.{toSend.Type}")] };
            var message = new NetMQMessage();
            foreach (var frame in _wire.Encode(toSend)) message.Append(frame);
            socket.SendMultipartMessage(message);
        }
    }

    private void Receive(Channel channel, NetMQSocket socket)
    {
        var raw = new NetMQMessage();
        while (socket.TryReceiveMultipartMessage(TimeSpan.Zero, ref raw))
        {
            var frames = raw.Select(f => f.ToByteArray()).ToArray();
            var message = _wire.Decode(frames, out var problem);
            if (message is null)
            {
                _log.WriteLine($"[downhill kernel] Dropped a message on {channel.ToString().ToLowerInvariant()}: {problem}.");
                _log.Flush();
            }
            else
            {
                Received?.Invoke(channel, message);
            }
            raw = new NetMQMessage();
        }
    }

    private static void Echo(NetMQSocket socket)
    {
        var ping = new NetMQMessage();
        while (socket.TryReceiveMultipartMessage(TimeSpan.Zero, ref ping))
        {
            socket.SendMultipartMessage(ping);
            ping = new NetMQMessage();
        }
    }

    private static void Bind(NetMQSocket socket, ConnectionInfo connection, int port, string name)
    {
        try
        {
            socket.Bind(connection.Address(port));
        }
        catch (NetMQException e)
        {
            throw new KernelStartException($"Cannot listen on the {name} port {connection.Address(port)}: {e.Message}");
        }
    }

    public void Dispose()
    {
        if (_poller.IsRunning) _poller.Stop();
        _poller.Dispose();
        foreach (var socket in new NetMQSocket[] { _shell, _control, _stdin, _iopub, _heartbeat }) socket.Dispose();
        _outbox.Dispose();
    }

    private sealed record Outgoing(Channel? Channel, JupyterMessage? Message);
}
