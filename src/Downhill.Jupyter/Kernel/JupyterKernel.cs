using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Downhill.Jupyter.Hosting;
using Downhill.Jupyter.Language;
using Downhill.Jupyter.Protocol;
using Downhill.Notebooks.CellExecution;

namespace Downhill.Jupyter.Kernel;

/// <summary>
/// The C# (Downhill) Jupyter kernel: binds the connection file's sockets and answers the messaging
/// protocol 5.3 in front of the notebook executor. Shell requests are served one at a time on one
/// thread (the executor runs each cell on a thread of its own); control requests (interrupt,
/// shutdown) on another, so they work while a cell is busy. <see cref="RunAsync()"/> ends after a
/// shutdown_request has been answered.
/// </summary>
public sealed class JupyterKernel : IDisposable
{
    private readonly KernelOptions _options;
    private readonly KernelSockets _sockets;
    private readonly string _sessionId = Guid.NewGuid().ToString();
    private readonly BlockingCollection<Incoming> _shellQueue = new();
    private readonly BlockingCollection<Incoming> _controlQueue = new();
    private readonly CSharpSession _session;
    private readonly InputBroker _input;
    private readonly ExecuteRequestHandler _execute;
    private readonly CodeIntelligence _intelligence;
    private readonly TaskCompletionSource<bool> _shutdown = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _warmUp = Task.CompletedTask;
    private long _arrivals;

    public JupyterKernel(ConnectionInfo connection, KernelOptions? options = null)
    {
        _options = options ?? new KernelOptions();
        _sockets = new KernelSockets(connection, _options.Log);
        _input = new InputBroker(message => _sockets.Send(Channel.Stdin, message), _sessionId);
        _session = new CSharpSession(new SessionOptions
        {
            WorkingDirectory = _options.WorkingDirectory,
            CellTimeout = _options.CellTimeout,
            InputProvider = _input.ReadLine,
        });
        _execute = new ExecuteRequestHandler(_session, () => _warmUp, _input, Publish, _sessionId);
        _intelligence = new CodeIntelligence(() => _session.SubmittedCode);
        _sockets.Received += OnReceived;
    }

    /// <summary>
    /// The kernel process's entry point: reads the connection file, serves until shutdown and
    /// returns the exit code (0 after a shutdown, with or without restart: Jupyter starts a new process to restart).
    /// </summary>
    public static async Task<int> RunAsync(string connectionFile, KernelOptions? options = null)
    {
        var log = options?.Log ?? Console.Error;
        try
        {
            var connection = ConnectionInfo.Load(connectionFile);
            if (!connection.Signed)
                log.WriteLine($"[downhill kernel] Warning: the connection file '{connectionFile}' has no key, so messages are not signed: anyone who can reach its ports can run code as you.");
            using (var kernel = new JupyterKernel(connection, options))
            {
                if (ClientWatch.ClientFromEnvironment() is { } client)
                    ClientWatch.Start(client, () => kernel.StopBecauseClientExited(client));
                await kernel.RunAsync();
            }
            return 0;
        }
        catch (KernelStartException e)
        {
            log.WriteLine(e.Message);
            return 2;
        }
        finally
        {
            // NetMQ's background I/O threads would otherwise keep the process alive.
            NetMQ.NetMQConfig.Cleanup(block: false);
        }
    }

    /// <summary>Serves until a shutdown_request; the result says whether the client asked for a restart.</summary>
    public async Task<bool> RunAsync()
    {
        _sockets.Start();
        StartWorker("jupyter shell", _shellQueue);
        StartWorker("jupyter control", _controlQueue);
        // Answer kernel_info at once; compile Roslyn's first script meanwhile so the first cell is quick.
        // Completion needs no warm-up: it uses only the compiler, which the cells have loaded already.
        _warmUp = Task.Run(WarmUpAsync);
        var restart = await _shutdown.Task;
        _sockets.StopAfterPendingSends();
        await _sockets.Stopped.WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { });
        return restart;
    }

    // Like a shutdown_request nobody can send any more. The process should end within moments; if something
    // holds it up, it ends anyway, because a kernel without its client only uses the machine.
    private void StopBecauseClientExited(int client)
    {
        _options.Log.WriteLine($"[downhill kernel] The client that started this kernel (process {client}) has exited; the kernel stops.");
        _execute.Interrupt();
        _shutdown.TrySetResult(false);
        Thread.Sleep(TimeSpan.FromSeconds(10));
        Environment.Exit(1);
    }

    private void OnReceived(Channel channel, JupyterMessage message)
    {
        var incoming = new Incoming(channel, message, Interlocked.Increment(ref _arrivals));
        switch (channel)
        {
            case Channel.Stdin:
                _input.OnReply(message);
                break;
            case Channel.Control:
                _controlQueue.Add(incoming);
                break;
            default:
                _shellQueue.Add(incoming);
                break;
        }
    }

    private void StartWorker(string name, BlockingCollection<Incoming> queue)
    {
        var thread = new Thread(() =>
        {
            foreach (var incoming in queue.GetConsumingEnumerable())
                Handle(incoming);
        })
        { IsBackground = true, Name = name };
        thread.Start();
    }

    private void Handle(Incoming incoming)
    {
        var (channel, request, arrival) = incoming;
        Publish(Status("busy", request));
        try
        {
            var (replyType, content) = Dispatch(channel, request, arrival);
            if (replyType is not null)
                _sockets.Send(channel, JupyterMessage.Create(replyType, content!, request, _sessionId));
        }
        catch (Exception e)
        {
            _options.Log.WriteLine($"[downhill kernel] {request.Type} failed: {e}");
            if (request.Type.EndsWith("_request", StringComparison.Ordinal))
                _sockets.Send(channel, JupyterMessage.Create(request.Type.Replace("_request", "_reply"),
                    new JsonObject { ["status"] = "error", ["ename"] = e.GetType().Name, ["evalue"] = e.Message, ["traceback"] = new JsonArray() },
                    request, _sessionId));
        }
        finally
        {
            Publish(Status("idle", request));
        }
    }

    private (string? Type, JsonObject? Content) Dispatch(Channel channel, JupyterMessage request, long arrival)
    {
        switch (request.Type)
        {
            case "kernel_info_request":
                return ("kernel_info_reply", KernelInfo.Reply());
            case "execute_request" when channel == Channel.Shell:
                var reply = _execute.ShouldAbort(arrival)
                    ? _execute.AbortedReply()
                    : _execute.Execute(request, () => Interlocked.Read(ref _arrivals));
                return ("execute_reply", reply);
            case "is_complete_request":
                return ("is_complete_reply", _intelligence.IsComplete(request.GetString("code")));
            case "complete_request":
                return ("complete_reply", _intelligence.Complete(request.GetString("code"), request.GetInt("cursor_pos")));
            case "inspect_request":
                return ("inspect_reply", _intelligence.Inspect(request.GetString("code"), request.GetInt("cursor_pos")));
            case "history_request":
                return ("history_reply", new JsonObject { ["status"] = "ok", ["history"] = new JsonArray() });
            case "comm_info_request":
                return ("comm_info_reply", new JsonObject { ["status"] = "ok", ["comms"] = new JsonObject() });
            case "interrupt_request":
                _execute.Interrupt();
                return ("interrupt_reply", new JsonObject { ["status"] = "ok" });
            case "shutdown_request":
                var restart = request.GetBool("restart", false);
                _execute.Interrupt();
                _sockets.Send(channel, JupyterMessage.Create("shutdown_reply", new JsonObject { ["status"] = "ok", ["restart"] = restart }, request, _sessionId));
                // Reply, then exit: jupyter_client restarts by starting a fresh kernel process.
                _shutdown.TrySetResult(restart);
                return (null, null);
            default:
                // comm_open and friends: we host no widgets, so there is nothing to answer.
                if (request.Type.EndsWith("_request", StringComparison.Ordinal))
                    _options.Log.WriteLine($"[downhill kernel] Ignored unsupported {request.Type}.");
                return (null, null);
        }
    }

    /// <summary>
    /// Roslyn's first compile, then a chart through a formatter of its own: a lesson's first cell loads the kit
    /// and draws, so the Plotly and HTML paths are JIT-compiled (and plotly.js packed) before it arrives. Not the
    /// session's formatter: the session's first chart must carry plotly.js, and the warm-up's output goes nowhere.
    /// </summary>
    private async Task WarmUpAsync()
    {
        await _session.WarmUpAsync();
        new Downhill.Notebooks.Formatting.OutputFormatter().Format(Downhill.Plots.Line([0.0, 1.0], [1.0, 0.0]));
    }

    private JupyterMessage Status(string state, JupyterMessage parent) =>
        JupyterMessage.Create("status", new JsonObject { ["execution_state"] = state }, parent, _sessionId, identities: []);

    private void Publish(JupyterMessage message) => _sockets.Send(Channel.IoPub, message);

    public void Dispose()
    {
        _shellQueue.CompleteAdding();
        _controlQueue.CompleteAdding();
        _sockets.Dispose();
        _session.Dispose();
    }

    private sealed record Incoming(Channel Channel, JupyterMessage Message, long Arrival);
}
