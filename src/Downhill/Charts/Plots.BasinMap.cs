using System.Text.Json.Nodes;
namespace Downhill;

public static partial class Plots
{
    /// <summary>
    /// Where the ball ends from each start point: every run's start is coloured by the valley it ended in (grey ✕ for
    /// runs that diverged). On a 1-D curve the starts sit on the curve; on a 2-D landscape they are squares over its
    /// contour lines. Valley bottoms are stars.
    /// </summary>
    /// <param name="landscape">A 1-D or 2-D landscape.</param>
    /// <param name="runs">One run per start, e.g. from an evenly spaced row or grid: its first position is the start, its last where it ended.</param>
    /// <param name="title">The chart title; by default "Where the ball ends on …".</param>
    public static Plot BasinMap(Landscape landscape, IEnumerable<Trajectory> runs, string? title = null)
    {
        const string chart = nameof(BasinMap);
        Guard.NotNull(landscape, "the landscape");
        if (landscape.Dimensions is not (1 or 2))
            throw new ArgumentException($"{chart} draws 1-D and 2-D landscapes; {landscape.Name} has {landscape.Dimensions} dimensions.");
        var list = Guard.Runs(runs, landscape.Dimensions, chart);
        var (valley, names, bottoms) = Valleys.Assign(landscape, list);

        var data = new JsonArray();
        JsonObject xAxis, yAxis;
        if (landscape.Dimensions == 1)
        {
            var (min, max) = landscape.PlotRange[0];
            var xs = Sampling.Linspace(min, max, CurveSamples);
            var curveY = xs.Select(x => landscape.Value([x])).ToArray();
            data.Add(Traces.Scatter(landscape.Name, xs, curveY, "lines", "#999", 1.5));
            xAxis = Style.Axis("start x", range: Sampling.Pad((min, max), 0.02));
            yAxis = Style.Axis("Q(x)", range: Sampling.Pad(Sampling.FiniteExtent(curveY) ?? (0, 1), 0.08));
        }
        else
        {
            var contour = ContourTrace(landscape, LandscapeLevels.Of(landscape));
            contour["showscale"] = false;
            contour["colorscale"] = "Greys";
            contour["opacity"] = 0.5;
            data.Add(contour);
            xAxis = Style.Axis("start x", range: landscape.PlotRange[0]);
            yAxis = Style.Axis("start y", range: landscape.PlotRange[1]);
        }

        for (var v = -1; v < names.Count; v++)
        {
            var members = Enumerable.Range(0, list.Count).Where(i => valley[i] == v).ToList();
            if (members.Count == 0) continue;
            var color = v == Valleys.Diverged ? "#7f7f7f" : ChartColors.Of(v);
            data.Add(StartMarkers(landscape, list, members, v == Valleys.Diverged ? "diverged" : names[v], color, v == Valleys.Diverged));
            if (v == Valleys.Diverged) continue;
            var bottom = bottoms[v];
            var star = Traces.Scatter(names[v], [bottom[0]], [landscape.Dimensions == 1 ? landscape.Value(bottom) : bottom[1]], "markers", color);
            // White with a coloured rim, so the star stands out on squares of its own colour.
            star["marker"] = new JsonObject
            {
                ["symbol"] = "star",
                ["size"] = 20,
                ["color"] = "white",
                ["line"] = new JsonObject { ["color"] = color, ["width"] = 2.5 },
            };
            star["showlegend"] = false;
            data.Add(star);
        }

        var layout = Style.Layout(Style.OrDefault(title, $"Where the ball ends on {landscape.Name}"), xAxis, yAxis,
            height: landscape.Dimensions == 2 ? 560 : Style.Height);
        return new Plot(data, layout);
    }

    private static JsonObject StartMarkers(Landscape landscape, IReadOnlyList<Trajectory> runs, List<int> members, string name, string color, bool diverged)
    {
        var oneD = landscape.Dimensions == 1;
        var xs = members.Select(i => runs[i].Positions[0][0]);
        var ys = members.Select(i => oneD ? runs[i].Losses[0] : runs[i].Positions[0][1]);
        var trace = Traces.Scatter(name, xs, ys, "markers", color);
        trace["marker"]!["size"] = oneD ? 9 : Math.Clamp(400 / Math.Sqrt(runs.Count), 4, 14);
        trace["marker"]!["symbol"] = diverged ? "x" : oneD ? "circle" : "square";
        trace["hovertext"] = FiniteJson.Strings(members.Select(i => $"start {Point(runs[i].Positions[0])} → {runs[i].Message}, ends at {Point(runs[i].Final)}"));
        trace["hoverinfo"] = "text";
        return trace;
    }

    private static string Point(double[] p) => p.Length == 1 ? Show(p) : $"({Show(p)})";
}
