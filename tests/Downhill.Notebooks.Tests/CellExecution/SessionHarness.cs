using Downhill.Notebooks.CellExecution;

namespace Downhill.Notebooks.Tests.CellExecution;

/// <summary>Runs cells in a fresh session and hands back what each produced.</summary>
internal sealed class SessionHarness : IDisposable
{
    public SessionHarness(SessionOptions? options = null) => Session = new CSharpSession(options);

    public CSharpSession Session { get; }

    public int CellNumber { get; private set; }

    public Task<(ExecutionResult Result, CollectingSink Sink)> Run(string code) => Interruptible(code, TestContext.Current.CancellationToken);

    public async Task<(ExecutionResult Result, CollectingSink Sink)> Interruptible(string code, CancellationToken cancellation)
    {
        var sink = new CollectingSink();
        var result = await Session.ExecuteAsync(code, $"cell {++CellNumber}", sink, cancellation);
        return (result, sink);
    }

    /// <summary>Runs a cell that must succeed and returns its result's text.</summary>
    public async Task<string?> Value(string code)
    {
        var (result, sink) = await Run(code);
        Assert.True(result.Succeeded, $"cell failed: {sink.ErrorOutput?.Value}");
        return sink.ResultBundle?.Text;
    }

    public void Dispose() => Session.Dispose();
}
