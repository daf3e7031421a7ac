using System.Globalization;
using System.Text.Json.Nodes;
namespace Downhill;

public static partial class Plots
{
    /// <summary>
    /// Arrows of −∇Q on a grid over the contour lines of a 2-D landscape: the direction gradient descent
    /// steps from each spot. Arrow length grows with the square root of the slope (the longest fills one grid
    /// cell), so steep places show long arrows and gentle slopes still show a visible one; hover for ‖∇Q‖.
    /// </summary>
    /// <param name="surface">A landscape with two dimensions.</param>
    /// <param name="arrowsPerSide">How many arrows along each axis (2 to 40).</param>
    /// <param name="title">The chart title; by default "Downhill directions on …".</param>
    public static Plot GradientArrows(Landscape surface, int arrowsPerSide = 13, string? title = null)
    {
        const string chart = nameof(GradientArrows);
        Guard.Landscape(surface, 2, chart);
        if (arrowsPerSide is < 2 or > 40)
            throw new ArgumentException($"{chart} draws between 2 and 40 arrows per side; got {arrowsPerSide}.");

        var (x0, x1) = surface.PlotRange[0];
        var (y0, y1) = surface.PlotRange[1];
        // Arrows start half a cell in from the edges so none points out of the picture from its border.
        var cellX = (x1 - x0) / arrowsPerSide;
        var cellY = (y1 - y0) / arrowsPerSide;
        var xs = Sampling.Linspace(x0 + cellX / 2, x1 - cellX / 2, arrowsPerSide);
        var ys = Sampling.Linspace(y0 + cellY / 2, y1 - cellY / 2, arrowsPerSide);

        // Measure each gradient in cell units, so an arrow's direction on screen matches its direction in x, y.
        var arrows = new List<(double X, double Y, double Dx, double Dy, double Norm)>();
        foreach (var y in ys)
            foreach (var x in xs)
            {
                var g = surface.Gradient([x, y]);
                if (!double.IsFinite(g[0]) || !double.IsFinite(g[1])) continue;
                arrows.Add((x, y, -g[0], -g[1], Math.Sqrt(g[0] * g[0] + g[1] * g[1])));
            }
        var longest = arrows.Count == 0 ? 0 : arrows.Max(a => Math.Sqrt(Math.Pow(a.Dx / cellX, 2) + Math.Pow(a.Dy / cellY, 2)));

        var annotations = new JsonArray();
        foreach (var a in arrows)
        {
            if (longest == 0 || a.Norm == 0) continue;
            var size = Math.Sqrt(Math.Pow(a.Dx / cellX, 2) + Math.Pow(a.Dy / cellY, 2));
            var scale = 0.9 * Math.Sqrt(size / longest) / size;
            annotations.Add(new JsonObject
            {
                // plotly draws an annotation arrow from (ax, ay) to (x, y): the tail is the grid point.
                ["x"] = a.X + a.Dx * scale,
                ["y"] = a.Y + a.Dy * scale,
                ["ax"] = a.X,
                ["ay"] = a.Y,
                ["xref"] = "x",
                ["yref"] = "y",
                ["axref"] = "x",
                ["ayref"] = "y",
                ["text"] = "",
                ["showarrow"] = true,
                ["arrowhead"] = 2,
                ["arrowsize"] = 1,
                ["arrowwidth"] = 1.6,
                ["arrowcolor"] = "#c0392b",
            });
        }

        var levels = LandscapeLevels.Of(surface);
        var contour = ContourTrace(surface, levels);
        contour["colorscale"] = "Blues";
        contour["reversescale"] = true;
        var tips = new JsonObject
        {
            ["type"] = "scatter",
            ["name"] = "−∇Q (downhill)",
            ["mode"] = "markers",
            ["x"] = FiniteJson.Numbers(arrows.Select(a => a.X)),
            ["y"] = FiniteJson.Numbers(arrows.Select(a => a.Y)),
            ["marker"] = new JsonObject { ["size"] = 3, ["color"] = "#c0392b" },
            ["hovertext"] = FiniteJson.Strings(arrows.Select(a =>
                $"at ({a.X.ToString("G3", CultureInfo.InvariantCulture)}, {a.Y.ToString("G3", CultureInfo.InvariantCulture)}): ‖∇Q‖ = {a.Norm.ToString("G3", CultureInfo.InvariantCulture)}")),
            ["hoverinfo"] = "text",
        };
        var layout = Style.Layout(
            Style.OrDefault(title, $"Downhill directions on {surface.Name}"),
            Style.Axis(surface.CoordinateNames[0], range: (x0, x1)),
            Style.Axis(surface.CoordinateNames[1], range: (y0, y1)),
            width: 720, height: 560);
        if (!Style.EqualScales(layout, (x0, x1), (y0, y1))) NoteNotToScale(layout, annotations, (x0, x1), (y0, y1));
        layout["annotations"] = annotations;
        return new Plot(new JsonArray { contour, tips }, layout);
    }
}
