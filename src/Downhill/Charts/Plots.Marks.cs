using System.Text.Json.Nodes;

namespace Downhill;

public static partial class Plots
{
    /// <summary>
    /// The same still chart with points marked on it, each a large open marker with its label in the legend — for
    /// example the steepest drop and the blow-up rate on a learning-rate range test, so the eye goes where the prose points.
    /// </summary>
    /// <param name="plot">A still (not animated) chart.</param>
    /// <param name="marks">The points to mark, in the chart's own coordinates, each with its label.</param>
    public static Plot Marked(Plot plot, IEnumerable<(string Label, double X, double Y)> marks)
    {
        const string chart = nameof(Marked);
        Guard.NotNull(plot, "the chart");
        if (plot.FrameCount > 0) throw new ArgumentException($"{chart} marks still charts; \"{plot.Title}\" is animated.");
        var list = Guard.NonEmpty(marks, chart, nameof(marks));
        var data = plot.CopyData();
        string[] symbols = ["circle-open", "diamond-open", "square-open", "triangle-up-open"];
        for (var i = 0; i < list.Count; i++)
        {
            var (label, x, y) = list[i];
            if (!double.IsFinite(x) || !double.IsFinite(y))
                throw new ArgumentException($"{chart} needs a finite point for \"{label}\"; got ({Guard.Show(x)}, {Guard.Show(y)}).");
            var mark = Traces.Scatter(Style.OrDefault(label, $"mark {i + 1}"), [x], [y], "markers", ChartColors.Of(i + 3));
            mark["marker"]!["symbol"] = symbols[i % symbols.Length];
            mark["marker"]!["size"] = 16;
            mark["marker"]!["line"] = new JsonObject { ["width"] = 3 };
            data.Add(mark);
        }
        var layout = plot.CopyLayout();
        layout["showlegend"] = true;
        return new Plot(data, layout);
    }
}
