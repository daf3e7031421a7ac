using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.Completion;

namespace Downhill.Jupyter.Language;

/// <summary>
/// is_complete, complete and inspect for the kernel: Roslyn's answers, in Jupyter's shapes, with
/// positions in code points. Called on the shell thread, between cells.
/// </summary>
internal sealed class CodeIntelligence(Func<IReadOnlyList<string>> submittedCode) : IDisposable
{
    private readonly Lazy<ScriptWorkspace> _workspace = new(() => new ScriptWorkspace());

    /// <summary>Loads Roslyn's completion service in the background, so the first Tab is quick.</summary>
    public void WarmUp()
    {
        try { Complete("Math.", 5); }
        catch (Exception) { /* warming is best effort; the real request reports its own failure */ }
    }

    public JsonObject IsComplete(string code) => SubmissionCompleteness.Check(code) switch
    {
        (SubmissionState.Complete, _) => new JsonObject { ["status"] = "complete" },
        (SubmissionState.Incomplete, var indent) => new JsonObject { ["status"] = "incomplete", ["indent"] = indent },
        _ => new JsonObject { ["status"] = "invalid" },
    };

    public JsonObject Complete(string code, int cursorCodePoints)
    {
        lock (_workspace)
        {
            var cursor = CodePoints.ToUtf16Index(code, cursorCodePoints);
            var (document, cellStart) = _workspace.Value.Document(submittedCode(), code);
            var service = CompletionService.GetService(document)
                ?? throw new InvalidOperationException("Roslyn's C# completion service is not available.");
            var list = service.GetCompletionsAsync(document, cellStart + cursor).GetAwaiter().GetResult();
            var start = Math.Clamp(list.Span.Start - cellStart, 0, cursor);
            var end = Math.Clamp(list.Span.End - cellStart, cursor, code.Length);
            var typed = code[start..cursor];
            var items = list.ItemsList
                .Where(item => item.FilterText.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                .OrderBy(item => item.FilterText.StartsWith(typed, StringComparison.Ordinal) ? 0 : 1)
                .ThenBy(item => item.SortText, StringComparer.OrdinalIgnoreCase)
                .DistinctBy(item => item.DisplayText)
                .ToList();
            var startCp = CodePoints.FromUtf16Index(code, start);
            var endCp = CodePoints.FromUtf16Index(code, end);
            return new JsonObject
            {
                ["status"] = "ok",
                ["matches"] = new JsonArray(items.Select(item => (JsonNode?)item.DisplayText).ToArray()),
                ["cursor_start"] = startCp,
                ["cursor_end"] = endCp,
                ["metadata"] = new JsonObject
                {
                    ["_jupyter_types_experimental"] = new JsonArray(items.Select(item => (JsonNode?)new JsonObject
                    {
                        ["start"] = startCp,
                        ["end"] = endCp,
                        ["text"] = item.DisplayText,
                        ["type"] = item.Tags.FirstOrDefault()?.ToLowerInvariant() ?? "",
                    }).ToArray()),
                },
            };
        }
    }

    public JsonObject Inspect(string code, int cursorCodePoints)
    {
        lock (_workspace)
        {
            var cursor = CodePoints.ToUtf16Index(code, cursorCodePoints);
            var (document, cellStart) = _workspace.Value.Document(submittedCode(), code);
            var description = SymbolDescription.At(document, cellStart + cursor);
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

    public void Dispose()
    {
        if (_workspace.IsValueCreated) _workspace.Value.Dispose();
    }
}
