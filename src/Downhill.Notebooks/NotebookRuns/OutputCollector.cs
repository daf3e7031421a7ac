using Downhill.Notebooks.Formatting;
using System.Text.Json.Nodes;
using Downhill.Notebooks.Documents;
using Downhill.Notebooks.CellExecution;

namespace Downhill.Notebooks.NotebookRuns;

/// <summary>
/// Receives a running cell's outputs and stores them in the notebook the way Jupyter front-ends save
/// them: consecutive console text of one stream merges into one output, and a display's Update
/// replaces that display in place — even when the update comes from a later cell.
/// </summary>
internal sealed class OutputCollector : IOutputSink
{
    private readonly Lock _gate = new();
    private readonly List<NotebookCell> _cellsSeen = [];
    private NotebookCell? _current;

    /// <summary>The cell whose outputs arrive from now on.</summary>
    public void BeginCell(NotebookCell cell)
    {
        lock (_gate)
        {
            _current = cell;
            _cellsSeen.Add(cell);
        }
    }

    public void Stream(string name, string text)
    {
        if (text.Length == 0) return;
        lock (_gate)
        {
            var outputs = Current.Outputs;
            if (outputs.Count > 0 && outputs[^1] is StreamOutput last && last.Name == name)
                outputs[^1] = last with { Text = last.Text + text };
            else
                outputs.Add(new StreamOutput(name, text));
        }
    }

    public void Display(MimeBundle bundle, string displayId)
    {
        lock (_gate) Current.Outputs.Add(new DisplayDataOutput(OutputData.From(bundle), new JsonObject(), displayId));
    }

    public void UpdateDisplay(MimeBundle bundle, string displayId)
    {
        lock (_gate)
        {
            foreach (var cell in _cellsSeen)
                for (var i = 0; i < cell.Outputs.Count; i++)
                    if (cell.Outputs[i] is DisplayDataOutput shown && shown.DisplayId == displayId)
                        cell.Outputs[i] = shown with { Data = OutputData.From(bundle) };
        }
    }

    public void Result(MimeBundle bundle)
    {
        // The execution count is known once the cell ends; the runner fills it in then.
        lock (_gate) Current.Outputs.Add(new ExecuteResultOutput(OutputData.From(bundle), new JsonObject(), null));
    }

    public void Error(CellError error)
    {
        lock (_gate) Current.Outputs.Add(new ErrorOutput(error.Name, error.Value, error.Traceback));
    }

    private NotebookCell Current => _current ?? throw new InvalidOperationException("An output arrived before any cell started.");
}
