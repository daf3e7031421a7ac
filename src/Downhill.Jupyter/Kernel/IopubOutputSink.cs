using Downhill.Notebooks.Formatting;
using System.Text.Json.Nodes;
using Downhill.Jupyter.Protocol;
using Downhill.Notebooks.CellExecution;

namespace Downhill.Jupyter.Kernel;

/// <summary>
/// Turns one cell's outputs into iopub messages whose parent is the execute request. A silent
/// request publishes nothing. Only the first error is published, so each failure is one error message.
/// </summary>
internal sealed class IopubOutputSink(Action<JupyterMessage> publish, JupyterMessage request, string session, int executionCount, bool silent)
    : IOutputSink
{
    private readonly object _gate = new();

    /// <summary>The failure reported by the executor, for the execute_reply.</summary>
    public CellError? Failure { get; private set; }

    public void Stream(string name, string text) =>
        Publish("stream", new JsonObject { ["name"] = name, ["text"] = text });

    public void Display(MimeBundle bundle, string displayId) =>
        Publish("display_data", DisplayContent(bundle, displayId));

    public void UpdateDisplay(MimeBundle bundle, string displayId) =>
        Publish("update_display_data", DisplayContent(bundle, displayId));

    public void Result(MimeBundle bundle) =>
        Publish("execute_result", new JsonObject
        {
            ["execution_count"] = executionCount,
            ["data"] = Data(bundle),
            ["metadata"] = new JsonObject(),
        });

    public void Error(CellError error)
    {
        lock (_gate)
        {
            if (Failure is not null) return;
            Failure = error;
        }
        Publish("error", ErrorContent(error));
    }

    public static JsonObject ErrorContent(CellError error) => new()
    {
        ["ename"] = error.Name,
        ["evalue"] = error.Value,
        ["traceback"] = new JsonArray(error.Traceback.Select(line => (JsonNode?)line).ToArray()),
    };

    private static JsonObject DisplayContent(MimeBundle bundle, string displayId) => new()
    {
        ["data"] = Data(bundle),
        ["metadata"] = new JsonObject(),
        ["transient"] = new JsonObject { ["display_id"] = displayId },
    };

    /// <summary>
    /// Every bundle carries text/plain, so a plain console front-end shows something too; JSON types (the Plotly
    /// figure) go as JSON objects, which is what front-ends' renderers read.
    /// </summary>
    private static JsonObject Data(MimeBundle bundle) => bundle.ToJson();

    private void Publish(string type, JsonObject content)
    {
        if (silent) return;
        publish(JupyterMessage.Create(type, content, request, session, identities: []));
    }
}
