using System.Text.Json.Nodes;
using Downhill.Jupyter.Protocol;
using Downhill.Notebooks.Formatting;

namespace Downhill.Jupyter.Kernel;

/// <summary>
/// Remembers which cell's output carried plotly.js (the session's first chart does) and has the formatter
/// carry it again when that cell runs again: the front end replaces the cell's outputs, and the copy that every
/// later chart of a saved or exported notebook relies on would go with them. A cell is known by the cellId that
/// JupyterLab, Notebook 7 and VS Code send in the request's metadata, or else by its code. A silent request
/// publishes nothing, so a chart it formats must not spend the turn either.
/// </summary>
internal sealed class PlotlyCarrierCell(OutputFormatter formatter)
{
    private string? carrierCell;

    /// <summary>Call before running the request; returns what <see cref="AfterRun"/> needs.</summary>
    public bool BeforeRun(JupyterMessage request)
    {
        if (carrierCell is not null && carrierCell == CellOf(request)) formatter.CarryPlotlyAgain();
        return formatter.PlotlyIncluded;
    }

    public void AfterRun(JupyterMessage request, bool includedBefore, bool silent)
    {
        if (includedBefore || !formatter.PlotlyIncluded) return;
        if (silent) formatter.CarryPlotlyAgain();
        else carrierCell = CellOf(request);
    }

    private static string CellOf(JupyterMessage request) =>
        request.Metadata["cellId"] is JsonValue id && id.TryGetValue<string>(out var cellId) && cellId.Length > 0
            ? "cell " + cellId
            : "code " + request.GetString("code");
}
