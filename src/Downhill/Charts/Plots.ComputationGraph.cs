using System.Text.Json.Nodes;

namespace Downhill;

public static partial class Plots
{
    private const int MostGraphNodes = 60;

    /// <summary>
    /// The computation graph of a small expression built from <see cref="Value"/>s: inputs on the left, the output on
    /// the right, an arrow from each value to the operation that uses it. Each box shows what made the value (its
    /// label, or the operation), its data and its gradient — run <see cref="Value.Backward"/> first to see gradients.
    /// </summary>
    /// <param name="output">The expression's result.</param>
    /// <param name="title">The chart title.</param>
    public static Plot ComputationGraph(Value output, string? title = null)
    {
        const string chart = nameof(ComputationGraph);
        Guard.NotNull(output, "the output value");
        var nodes = output.TopologicalOrder();
        if (nodes.Count > MostGraphNodes)
            throw new ArgumentException($"{chart} draws small expressions (up to {MostGraphNodes} values); this one has {nodes.Count}. Draw a single neuron, not a whole network.");

        // Column = the longest way back to a leaf; rows spread each column's values evenly.
        var column = new Dictionary<Value, int>(ReferenceEqualityComparer.Instance);
        foreach (var node in nodes) column[node] = node.Inputs.Count == 0 ? 0 : node.Inputs.Max(i => column[i]) + 1;
        var row = new Dictionary<Value, double>(ReferenceEqualityComparer.Instance);
        foreach (var group in nodes.GroupBy(n => column[n]))
        {
            var members = group.ToList();
            for (var k = 0; k < members.Count; k++) row[members[k]] = members.Count == 1 ? 0 : 1 - 2.0 * k / (members.Count - 1);
        }
        var columns = column.Values.Max() + 1;

        var annotations = new JsonArray();
        foreach (var node in nodes)
            foreach (var input in node.Inputs)
                annotations.Add(new JsonObject
                {
                    ["x"] = column[node] - 0.28, ["y"] = row[node], ["ax"] = column[input] + 0.28, ["ay"] = row[input],
                    ["xref"] = "x", ["yref"] = "y", ["axref"] = "x", ["ayref"] = "y",
                    ["text"] = "", ["showarrow"] = true, ["arrowhead"] = 2, ["arrowwidth"] = 1.2, ["arrowcolor"] = "#888",
                });
        foreach (var node in nodes)
        {
            var name = node.Label.Length > 0 ? node.Label : node.Operation.Length > 0 ? node.Operation : "constant";
            var what = node.Label.Length > 0 && node.Operation.Length > 0 ? $"{node.Label} ({node.Operation})" : name;
            annotations.Add(new JsonObject
            {
                ["x"] = column[node], ["y"] = row[node], ["xref"] = "x", ["yref"] = "y", ["showarrow"] = false,
                ["text"] = $"<b>{System.Net.WebUtility.HtmlEncode(what)}</b><br>data {Guard.Show(Math.Round(node.Data, 4))}<br>grad {Guard.Show(Math.Round(node.Grad, 4))}",
                ["bgcolor"] = node.Inputs.Count == 0 ? "#eef4fb" : "#fff6e8",
                ["bordercolor"] = node == output ? "#c0392b" : "#555",
                ["borderwidth"] = node == output ? 2 : 1,
                ["borderpad"] = 4,
                ["font"] = new JsonObject { ["size"] = 11 },
            });
        }

        // An invisible point per value, so the axes span the graph and hovering names the value.
        var points = Traces.Scatter("values", nodes.Select(n => (double)column[n]), nodes.Select(n => row[n]), "markers");
        points["marker"] = new JsonObject { ["size"] = 1, ["opacity"] = 0 };
        points["text"] = new JsonArray(nodes.Select(n => (JsonNode)JsonValue.Create(n.ToString())!).ToArray());
        points["hoverinfo"] = "text";
        var hidden = new JsonObject { ["visible"] = false };
        var layout = Style.Layout(Style.OrDefault(title, "Computation graph: data forward, gradients backward"),
            width: Math.Min(800, 140 + 120 * columns), height: 420);
        layout["xaxis"] = hidden.DeepClone();
        layout["xaxis"]!["range"] = FiniteJson.Numbers([-0.6, columns - 0.4]);
        layout["yaxis"] = hidden;
        layout["yaxis"]!["range"] = FiniteJson.Numbers([-1.35, 1.35]);
        layout["annotations"] = annotations;
        layout["showlegend"] = false;
        return new Plot(new JsonArray { points }, layout);
    }
}
