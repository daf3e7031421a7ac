using System.Text.Json.Nodes;

namespace Downhill.Jupyter.Language;

/// <summary>
/// is_complete, complete and inspect for the kernel: the compiler's answers, in Jupyter's shapes, with
/// positions in code points. Called on the shell thread, between cells.
/// </summary>
internal sealed class CodeIntelligence(Func<IReadOnlyList<string>> submittedCode)
{
    private readonly ScriptSemantics _semantics = new();

    public JsonObject IsComplete(string code) => SubmissionCompleteness.Check(code) switch
    {
        (SubmissionState.Complete, _) => new JsonObject { ["status"] = "complete" },
        (SubmissionState.Incomplete, var indent) => new JsonObject { ["status"] = "incomplete", ["indent"] = indent },
        _ => new JsonObject { ["status"] = "invalid" },
    };

    public JsonObject Complete(string code, int cursorCodePoints)
    {
        var cursor = CodePoints.ToUtf16Index(code, cursorCodePoints);
        var (model, cellStart) = _semantics.Model(submittedCode(), code);
        var (items, start, end) = ScriptCompletion.At(model, cellStart + cursor);
        var startCp = CodePoints.FromUtf16Index(code, Math.Clamp(start - cellStart, 0, cursor));
        var endCp = CodePoints.FromUtf16Index(code, Math.Clamp(end - cellStart, cursor, code.Length));
        return new JsonObject
        {
            ["status"] = "ok",
            ["matches"] = new JsonArray(items.Select(item => (JsonNode?)item.Text).ToArray()),
            ["cursor_start"] = startCp,
            ["cursor_end"] = endCp,
            ["metadata"] = new JsonObject
            {
                ["_jupyter_types_experimental"] = new JsonArray(items.Select(item => (JsonNode?)new JsonObject
                {
                    ["start"] = startCp,
                    ["end"] = endCp,
                    ["text"] = item.Text,
                    ["type"] = item.Kind,
                }).ToArray()),
            },
        };
    }

    public JsonObject Inspect(string code, int cursorCodePoints)
    {
        var cursor = CodePoints.ToUtf16Index(code, cursorCodePoints);
        var (model, cellStart) = _semantics.Model(submittedCode(), code);
        var description = SymbolDescription.At(model, cellStart + cursor);
        if (description is null)
            return new JsonObject { ["status"] = "ok", ["found"] = false, ["data"] = new JsonObject(), ["metadata"] = new JsonObject() };
        return new JsonObject
        {
            ["status"] = "ok",
            ["found"] = true,
            ["data"] = new JsonObject
            {
                ["text/plain"] = description.PlainText,
                ["text/markdown"] = description.Markdown,
            },
            ["metadata"] = new JsonObject(),
        };
    }
}
