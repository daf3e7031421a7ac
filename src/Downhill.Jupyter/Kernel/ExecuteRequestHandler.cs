using System.Text.Json.Nodes;
using Downhill.Jupyter.Hosting;
using Downhill.Jupyter.Protocol;
using Downhill.Notebooks.CellExecution;

namespace Downhill.Jupyter.Kernel;

/// <summary>
/// execute_request → execute_input, the cell's outputs, execute_reply. Runs on the shell thread;
/// the control thread may <see cref="Interrupt"/> the running cell.
/// </summary>
internal sealed class ExecuteRequestHandler(
    CSharpSession session,
    Func<Task> warmUp,
    InputBroker input,
    Action<JupyterMessage> publish,
    string sessionId)
{
    private readonly object _gate = new();
    private CancellationTokenSource? _running;
    private long _abortQueuedUpTo = -1;
    private readonly PlotlyCarrierCell _carrier = new(session.Formatter);

    /// <summary>The Jupyter execution count: cells run with store_history, as In [n].</summary>
    public int ExecutionCount { get; private set; }

    /// <summary>Stops the running cell, if any (a tight loop too); the session keeps its state.</summary>
    public bool Interrupt()
    {
        lock (_gate)
        {
            if (_running is null) return false;
            _running.Cancel();
            return true;
        }
    }

    /// <summary>
    /// True when this request arrived before an earlier cell failed with stop_on_error: it is
    /// answered "aborted" without running, as the student expects after a failure mid-notebook.
    /// </summary>
    public bool ShouldAbort(long arrival) => arrival <= Interlocked.Read(ref _abortQueuedUpTo);

    public static JsonObject AbortedReply(int executionCount) => new()
    {
        ["status"] = "aborted",
        ["execution_count"] = executionCount,
    };

    public JsonObject AbortedReply() => AbortedReply(ExecutionCount);

    /// <summary>
    /// Runs the cell and returns the execute_reply content. <paramref name="lastArrival"/> gives the
    /// arrival number of the newest request received so far (for stop_on_error).
    /// </summary>
    public JsonObject Execute(JupyterMessage request, Func<long> lastArrival)
    {
        var code = request.GetString("code");
        var silent = request.GetBool("silent", false);
        var storeHistory = !silent && request.GetBool("store_history", true);
        var stopOnError = request.GetBool("stop_on_error", true);
        var allowStdin = request.GetBool("allow_stdin", false);

        if (storeHistory) ExecutionCount++;
        var count = ExecutionCount;
        // Interruptible before execute_input goes out: a client that interrupts as soon as it sees the cell
        // start (jupyter_client's tests do) must never find nothing to interrupt and wait on a runaway loop.
        using var cancellation = new CancellationTokenSource();
        lock (_gate) _running = cancellation;
        ExecutionResult result;
        IopubOutputSink sink;
        try
        {
            if (!silent)
                publish(JupyterMessage.Create("execute_input", new JsonObject { ["code"] = code, ["execution_count"] = count }, request, sessionId, identities: []));
            sink = new IopubOutputSink(publish, request, sessionId, count, silent);
            var carriedBefore = _carrier.BeforeRun(request);
            result = Run(request, code, count, sink, allowStdin, cancellation.Token);
            _carrier.AfterRun(request, carriedBefore, silent);
        }
        finally
        {
            lock (_gate) _running = null;
        }

        if (result.Succeeded)
            return new JsonObject
            {
                ["status"] = "ok",
                ["execution_count"] = count,
                ["user_expressions"] = new JsonObject(),
                ["payload"] = new JsonArray(),
            };

        var error = sink.Failure ?? Unreported(result.Status);
        if (sink.Failure is null) sink.Error(error);
        if (stopOnError) Interlocked.Exchange(ref _abortQueuedUpTo, lastArrival());
        var reply = IopubOutputSink.ErrorContent(error);
        reply["status"] = "error";
        reply["execution_count"] = count;
        return reply;
    }

    private ExecutionResult Run(JupyterMessage request, string code, int count, IopubOutputSink sink, bool allowStdin, CancellationToken interrupt)
    {
        try
        {
            using var inputScope = input.Begin(request, allowStdin, interrupt);
            try { warmUp().GetAwaiter().GetResult(); }
            catch (Exception) { /* a failed warm-up shows up again, clearly, in the cell itself */ }
            return session.ExecuteAsync(code, $"cell {count}", sink, interrupt).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            return new ExecutionResult(ExecutionStatus.Interrupted, count, TimeSpan.Zero);
        }
        catch (Exception e)
        {
            // The executor reports user failures itself; reaching here is the kernel's own fault, and
            // the student still gets one error and a kernel that keeps answering.
            sink.Error(new CellError(e.GetType().Name, $"cell {count}: the kernel failed to run this cell: {e.Message}", [e.ToString()]));
            return new ExecutionResult(ExecutionStatus.Error, count, TimeSpan.Zero);
        }
    }

    private static CellError Unreported(ExecutionStatus status) => status switch
    {
        ExecutionStatus.Interrupted => new CellError("KernelInterrupted", "The cell was interrupted.", ["The cell was interrupted."]),
        ExecutionStatus.TimedOut => new CellError("CellTimedOut", "The cell ran past its time limit and was stopped.", ["The cell ran past its time limit and was stopped."]),
        _ => new CellError("CellFailed", "The cell failed.", ["The cell failed."]),
    };
}
