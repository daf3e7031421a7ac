using System.Text.Json.Nodes;

namespace Downhill;

public static partial class Plots
{
    private const double ColumnGap = 0.07;
    private const double RowGap = 0.16;

    /// <summary>The widest a figure is drawn: VS Code's output area and the kit's page column are about 800 px wide.</summary>
    internal const int MostWidth = 780;

    /// <summary>
    /// Flat charts side by side, each in its own cell with its own title and axes — for example the same
    /// run at three learning rates. Cells fill row by row. Animated and 3-D charts cannot share a grid.
    /// </summary>
    /// <param name="panels">The charts to place, in reading order.</param>
    /// <param name="columns">Cells per row; by default up to two, so that the grid fits an 800-px output area.</param>
    /// <param name="title">A title over the whole grid; none by default.</param>
    public static Plot Grid(IEnumerable<Plot> panels, int columns = 0, string? title = null)
    {
        const string chart = nameof(Grid);
        var list = Guard.NonEmpty(panels, chart, nameof(panels));
        if (columns < 0) throw new ArgumentException($"{chart} needs a positive number of columns (or 0 for automatic); got {columns}.");
        var cols = columns == 0 ? Math.Min(list.Count, 2) : columns;
        var rows = (list.Count + cols - 1) / cols;
        // One copy of each panel's parts, read here and taken apart below (the grid clones what it keeps of a layout).
        var layouts = list.Select(p => p.CopyLayout()).ToList();
        var traces = list.Select(p => p.CopyData()).ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].FrameCount > 0)
                throw new ArgumentException($"{chart} cannot hold animated charts; panel {i + 1} (\"{list[i].Title}\") is animated — show it on its own.");
            if (layouts[i]["scene"] is not null || traces[i].Any(t => t?["type"]?.GetValue<string>() is "surface" or "scatter3d" or "mesh3d"))
                throw new ArgumentException($"{chart} holds flat (2-D) charts only; panel {i + 1} (\"{list[i].Title}\") is 3-D.");
        }

        var cellWidth = (1 - (cols - 1) * ColumnGap) / cols;
        var cellHeight = (1 - (rows - 1) * RowGap) / rows;
        var data = new JsonArray();
        var annotations = new JsonArray();
        var shapes = new JsonArray();
        var legendNames = new HashSet<string>();
        var width = Math.Min(390 * cols, MostWidth);
        var (left, right, top, bottom) = (60, 30, string.IsNullOrEmpty(title) ? 50 : 90, 100);
        var plotHeight = 340 * rows + 80 - top - bottom; // the plot area with every title on one line

        // A panel title is broken into lines that fit its cell, and stands above its panel's not-to-scale note; each row
        // gets the room its tallest title needs on top of the one line it always has (a long title ran into its
        // neighbour's, and the note sat on the title's line).
        var cellPixels = (Width: cellWidth * (width - left - right), Height: cellHeight * plotHeight);
        var gapPixels = RowGap * plotHeight;
        var panelTitles = list.Select(p => TitleRoom.Wrapped(p.Title, cellPixels.Width / (TitleRoom.CharacterWidth * PanelTitleSize))).ToList();
        var cellNotes = layouts.Select(l => NotToScaleInCell(l, cellPixels)).ToList();
        var lifts = cellNotes.Select(note => note is null ? 0 : NoteRoom + (note.Split("<br>").Length - 1) * NoteLine).ToList();
        var extraRoom = Enumerable.Range(0, rows).Select(r => Enumerable.Range(r * cols, Math.Min(cols, list.Count - r * cols))
            .Max(i => (panelTitles[i].Split("<br>").Length - 1) * PanelTitleLine + lifts[i])).ToList();
        top += extraRoom[0];
        var rowsBelowRoom = extraRoom.Skip(1).Sum();
        plotHeight += rowsBelowRoom;

        var layout = Style.Layout(title ?? "", width: width, height: 340 * rows + 80 + extraRoom.Sum());
        if (string.IsNullOrEmpty(title)) layout.Remove("title");
        // The top margin holds the panel titles and, over them, a one-line title; TitleRoom adds a line for each further line of a wrapped one.
        layout["margin"] = new JsonObject { ["l"] = left, ["r"] = right, ["t"] = top, ["b"] = bottom };
        if (layouts[0]["template"] is JsonObject template) layout["template"] = template.DeepClone();
        // Under the bottom row's axis titles (a fixed pixel margin is reserved for it).
        layout["legend"] = new JsonObject { ["orientation"] = "h", ["x"] = 0, ["y"] = 0.01, ["yanchor"] = "bottom", ["yref"] = "container" };

        for (var i = 0; i < list.Count; i++)
        {
            var (row, col) = (i / cols, i % cols);
            var x = (Start: col * (cellWidth + ColumnGap), End: col * (cellWidth + ColumnGap) + cellWidth);
            // Rows are placed in pixels from the plot area's top, so the room a row's titles need is added above that row only.
            var rowTop = row * (cellPixels.Height + gapPixels) + extraRoom.Skip(1).Take(row).Sum();
            var y = (Start: 1 - (rowTop + cellPixels.Height) / plotHeight, End: 1 - rowTop / plotHeight);
            var suffix = i == 0 ? "" : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var panelLayout = layouts[i];

            var panelData = traces[i];
            var panelTraces = panelData.ToList();
            panelData.Clear(); // a JSON node has one parent: free the traces before adding them to the grid
            foreach (var node in panelTraces)
            {
                var trace = (JsonObject)node!;
                trace["xaxis"] = "x" + suffix;
                trace["yaxis"] = "y" + suffix;
                // Each panel has its own colour scale; one shared colour bar would be wrong for all but one.
                if (trace["type"]?.GetValue<string>() is "contour" or "heatmap") trace["showscale"] = false;
                var name = trace["name"]?.GetValue<string>();
                if (name is not null && !legendNames.Add(name)) trace["showlegend"] = false;
                data.Add(trace);
            }

            layout["xaxis" + suffix] = PanelAxis(panelLayout["xaxis"], x, "y" + suffix, suffix);
            layout["yaxis" + suffix] = PanelAxis(panelLayout["yaxis"], y, "x" + suffix, suffix);
            foreach (var note in panelLayout["annotations"] as JsonArray ?? [])
            {
                var moved = MoveIntoCell((JsonObject)note!.DeepClone(), suffix, x, y);
                if (TextOf(moved["name"]) == NotToScaleNote && cellNotes[i] is { } restated)
                {
                    moved["text"] = restated;
                    moved["align"] = "right";
                }
                annotations.Add(moved);
            }
            foreach (var shape in panelLayout["shapes"] as JsonArray ?? [])
                shapes.Add(MoveIntoCell((JsonObject)shape!.DeepClone(), suffix, x, y));
            annotations.Add(new JsonObject
            {
                ["text"] = string.Join("<br>", panelTitles[i].Split("<br>").Select(line => $"<b>{System.Net.WebUtility.HtmlEncode(line)}</b>")),
                ["x"] = (x.Start + x.End) / 2,
                ["y"] = y.End,
                ["xref"] = "paper",
                ["yref"] = "paper",
                ["xanchor"] = "center",
                ["yanchor"] = "bottom",
                ["yshift"] = 6 + lifts[i],
                ["showarrow"] = false,
                ["font"] = new JsonObject { ["size"] = PanelTitleSize },
            });
        }
        layout["annotations"] = annotations;
        if (shapes.Count > 0) layout["shapes"] = shapes;
        return new Plot(data, layout);
    }

    /// <summary>A panel title's font size, and the height of each further line of a wrapped one, in pixels.</summary>
    private const int PanelTitleSize = 14, PanelTitleLine = 18;

    /// <summary>
    /// A stretched map's not-to-scale note said again for the grid's cell, broken into lines that fit it: the stretch the
    /// panel's note states was worked out for the panel on its own, and its cell has another shape. Null when the panel
    /// has no such note (or its axes give no ranges to work it out from).
    /// </summary>
    private static string? NotToScaleInCell(JsonObject panelLayout, (double Width, double Height) cell)
    {
        var hasNote = (panelLayout["annotations"] as JsonArray ?? []).Any(note => TextOf(note?["name"]) == NotToScaleNote);
        if (!hasNote || AxisRange(panelLayout["xaxis"]) is not { } x || AxisRange(panelLayout["yaxis"]) is not { } y) return null;
        return TitleRoom.Wrapped($"axes not to scale: {Stretch(cell.Width, cell.Height, x, y)}", cell.Width / (TitleRoom.CharacterWidth * 11));
    }

    /// <summary>A string value, or null for anything else (plotly also takes false for "scaleanchor", and a chart of Plotly.NET's may hold anything).</summary>
    private static string? TextOf(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static (double Min, double Max)? AxisRange(JsonNode? axis) =>
        axis?["range"] is JsonArray { Count: 2 } range && FiniteJson.TryGetNumber(range[0], out var min) && FiniteJson.TryGetNumber(range[1], out var max) && max > min
            ? (min, max)
            : null;

    private static JsonObject PanelAxis(JsonNode? original, (double Start, double End) domain, string anchor, string suffix)
    {
        var axis = original is JsonObject o ? (JsonObject)o.DeepClone() : new JsonObject();
        axis["domain"] = FiniteJson.Numbers([domain.Start, domain.End]);
        axis["anchor"] = anchor;
        // A map drawn to scale ties its y axis to its own x axis: "x" means the first panel's once in the grid.
        if (TextOf(axis["scaleanchor"]) is "x" or "y") axis["scaleanchor"] = TextOf(axis["scaleanchor"]) + suffix;
        return axis;
    }

    /// <summary>Points a panel's annotation or shape at the panel's own axes (or its cell of the page).</summary>
    private static JsonObject MoveIntoCell(JsonObject item, string suffix, (double Start, double End) x, (double Start, double End) y)
    {
        MoveReference(item, "xref", "x", suffix, x);
        MoveReference(item, "yref", "y", suffix, y);
        return item;
    }

    private static void MoveReference(JsonObject item, string refKey, string axis, string suffix, (double Start, double End) domain)
    {
        var reference = item[refKey]?.GetValue<string>() ?? axis;
        if (reference == axis) item[refKey] = axis + suffix;
        else if (reference == axis + " domain") item[refKey] = axis + suffix + " domain";
        else if (reference == "paper")
        {
            // A position on the whole page of the panel becomes the same position within its cell.
            foreach (var key in axis == "x" ? new[] { "x", "x0", "x1" } : ["y", "y0", "y1"])
                if (FiniteJson.TryGetNumber(item[key], out var p))
                    item[key] = domain.Start + p * (domain.End - domain.Start);
        }
    }
}
