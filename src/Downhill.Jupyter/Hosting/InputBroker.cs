using System.Text.Json.Nodes;
using Downhill.Jupyter.Protocol;

namespace Downhill.Jupyter.Hosting;

/// <summary>
/// Answers Console.ReadLine() in a cell: through an input_request on the stdin socket when the
/// front-end said allow_stdin, otherwise with a clear error, so a cell never waits for input that
/// cannot come. An interrupt cancels the wait.
/// </summary>
internal sealed class InputBroker(Action<JupyterMessage> sendOnStdin, string session)
{
    private readonly object _gate = new();
    private Request? _current;
    private TaskCompletionSource<string>? _pending;

    /// <summary>Marks the execute request whose cell may ask for input, until the returned scope ends.</summary>
    public IDisposable Begin(JupyterMessage executeRequest, bool allowStdin, CancellationToken cancellation)
    {
        lock (_gate) _current = new Request(executeRequest, allowStdin, cancellation);
        return new Scope(this);
    }

    public string ReadLine(string prompt = "", bool password = false)
    {
        TaskCompletionSource<string> pending;
        Request request;
        lock (_gate)
        {
            request = _current ?? throw new InvalidOperationException(
                "Console.ReadLine() was called outside a running cell, where there is no one to type an answer.");
            if (!request.AllowStdin)
                throw new InvalidOperationException(
                    "This front-end does not accept keyboard input (allow_stdin is false), so Console.ReadLine() cannot be answered here; set the value in code instead.");
            pending = _pending = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        // input_request goes to the client that sent the execute request: same routing identities.
        sendOnStdin(JupyterMessage.Create("input_request",
            new JsonObject { ["prompt"] = prompt, ["password"] = password },
            request.Message, session));
        try
        {
            return pending.Task.Wait(Timeout.Infinite, request.Cancellation) ? pending.Task.Result : "";
        }
        finally
        {
            lock (_gate) if (_pending == pending) _pending = null;
        }
    }

    /// <summary>An input_reply arrived on the stdin socket.</summary>
    public void OnReply(JupyterMessage reply)
    {
        if (reply.Type != "input_reply") return;
        TaskCompletionSource<string>? pending;
        lock (_gate) pending = _pending;
        pending?.TrySetResult(reply.GetString("value"));
    }

    private void End()
    {
        lock (_gate)
        {
            _current = null;
            _pending?.TrySetCanceled();
            _pending = null;
        }
    }

    private sealed record Request(JupyterMessage Message, bool AllowStdin, CancellationToken Cancellation);

    private sealed class Scope(InputBroker broker) : IDisposable
    {
        public void Dispose() => broker.End();
    }
}
