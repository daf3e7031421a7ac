using System.Text.Json;
using static Downhill.Tests.Charts.ChartFixtures;

namespace Downhill.Tests.Charts;

public class GridTests
{
    private static readonly double[] Rates = [0.1, 0.4, 0.6];

    private static List<Plot> ThreeLearningRates() =>
        Rates.Select(a => Plots.PathsOnContour(new TestBowl(), [Descend(new TestBowl(), [8, 2], a, 40)], title: $"α = {a}")).ToList();

    [Fact]
    public void Three_panels_sit_side_by_side_each_on_its_own_axes_with_its_own_title()
    {
        var grid = Plots.Grid(ThreeLearningRates(), columns: 3, title: "Three learning rates");

        var figure = FigureJson.Parse(grid.ToJson());
        var layout = figure.GetProperty("layout");
        var domains = new[] { "xaxis", "xaxis2", "xaxis3" }.Select(a => layout.GetProperty(a).GetProperty("domain")).Select(d => (d[0].GetDouble(), d[1].GetDouble())).ToList();
        for (var i = 1; i < domains.Count; i++) Assert.True(domains[i].Item1 > domains[i - 1].Item2, "cells must not overlap");
        Assert.Equal("y2", layout.GetProperty("xaxis2").GetProperty("anchor").GetString());
        Assert.Equal("x3", layout.GetProperty("yaxis3").GetProperty("anchor").GetString());

        var data = figure.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(3, data.Count(t => t.GetProperty("type").GetString() == "contour"));
        Assert.All(data.Where(t => t.GetProperty("type").GetString() == "contour"), t => Assert.False(t.GetProperty("showscale").GetBoolean()));
        Assert.Contains(data, t => t.GetProperty("xaxis").GetString() == "x3" && t.GetProperty("yaxis").GetString() == "y3");
        var titles = layout.GetProperty("annotations").EnumerateArray().Select(a => a.GetProperty("text").GetString()).ToList();
        foreach (var a in Rates) Assert.Contains($"<b>α = {a}</b>", titles);
        Assert.Equal("Three learning rates", grid.Title);
    }

    [Fact]
    public void A_title_that_wraps_stays_above_the_panel_titles()
    {
        // Notebook 08's title takes two lines at 800 px, and its second line ran into the panel titles under it.
        const string title = "After 100 epochs of Adam: identical units draw one bend; different units draw the moons";
        var panels = new[] { "every weight 0.5", "seeded random start" }.Select(t => Plots.Line([0, 1], [0, 1], title: t));

        var layout = FigureJson.Parse(Plots.Grid(panels, columns: 2, title: title).ToJson()).GetProperty("layout");

        Assert.True(layout.GetProperty("width").GetDouble() <= 800, "the grid must fit an 800-px output area");
        var height = layout.GetProperty("height").GetDouble();
        var shown = layout.GetProperty("title");
        var lines = shown.GetProperty("text").GetString()!.Split("<br>").Length;
        Assert.Equal(2, lines);
        // In pixels from the figure's top. The title's first line stands on its anchor, each further line hangs one line
        // lower (Chromium draws them 23.4 px apart), and letters reach a quarter of the font size (17 px) below a line's foot.
        var titleBottom = (1 - shown.GetProperty("y").GetDouble()) * height + (lines - 1) * TitleRoom.LineHeight + 0.25 * 17;
        var margin = layout.GetProperty("margin");
        var top = margin.GetProperty("t").GetDouble();
        var plotHeight = height - top - margin.GetProperty("b").GetDouble();
        // A panel title stands on its cell's top edge, lifted by its yshift; a line of its text is at most 1.3 font sizes tall.
        var highestPanelTitle = layout.GetProperty("annotations").EnumerateArray()
            .Where(a => a.GetProperty("text").GetString()!.StartsWith("<b>"))
            .Min(a => top + (1 - a.GetProperty("y").GetDouble()) * plotHeight - a.GetProperty("yshift").GetDouble()
                      - 1.3 * a.GetProperty("font").GetProperty("size").GetDouble());
        Assert.True(titleBottom < highestPanelTitle,
            $"the title reaches {titleBottom:0.#} px down, the panel titles start {highestPanelTitle:0.#} px down");
    }

    [Fact]
    public void A_panel_s_divergence_note_moves_with_its_panel()
    {
        var grid = Plots.Grid(ThreeLearningRates(), columns: 3);

        var notes = FigureJson.Parse(grid.ToJson()).GetProperty("layout").GetProperty("annotations").EnumerateArray()
            .Where(a => a.GetProperty("text").GetString()!.StartsWith("✕ diverged")).ToList();
        var note = Assert.Single(notes);
        Assert.Equal("x3", note.GetProperty("xref").GetString());
        Assert.Equal("y3", note.GetProperty("yref").GetString());
    }

    [Fact]
    public void Cells_fill_row_by_row()
    {
        var panels = Enumerable.Range(1, 4).Select(i => Plots.Line([0, 1], [0, i], title: $"panel {i}")).ToList();

        var layout = FigureJson.Parse(Plots.Grid(panels, columns: 2).ToJson()).GetProperty("layout");

        double Start(string axis) => layout.GetProperty(axis).GetProperty("domain")[0].GetDouble();
        Assert.Equal(Start("xaxis"), Start("xaxis3"));
        Assert.True(Start("yaxis3") < Start("yaxis"), "the third panel starts the second row, below the first");
    }

    [Fact]
    public void Empty_animated_and_3D_panels_are_refused()
    {
        var empty = Assert.Throws<ArgumentException>(() => Plots.Grid([]));
        Assert.StartsWith("Grid needs at least one item in panels; the list is empty.", empty.Message);

        var animated = Plots.BallOnCurve(new TestParabola(), Descend(new TestParabola(), [2.0], 0.1, 3));
        var refusedAnimation = Assert.Throws<ArgumentException>(() => Plots.Grid([animated]));
        Assert.StartsWith("Grid cannot hold animated charts; panel 1", refusedAnimation.Message);

        var surface = Plots.PathsOnSurface(new TestBowl(), [Descend(new TestBowl(), [1, 1], 0.1, 3)]);
        var refused3D = Assert.Throws<ArgumentException>(() => Plots.Grid([Plots.Line([0, 1], [1, 2]), surface]));
        Assert.StartsWith("Grid holds flat (2-D) charts only; panel 2", refused3D.Message);

        Assert.Throws<ArgumentException>(() => Plots.Grid([Plots.Line([0, 1], [1, 2])], columns: -1));
    }

    private static Plot StretchedMap(string title) =>
        Plots.PathsOnContour(new TestBowl(), [Descend(new TestBowl(), [8, 0.5], 0.1, 20)], title: title, view: [(-10, 10), (-1, 1)]);

    private static IEnumerable<JsonElement> Notes(JsonElement layout, string startingWith) =>
        layout.GetProperty("annotations").EnumerateArray().Where(a => a.GetProperty("text").GetString()!.StartsWith(startingWith, StringComparison.Ordinal));

    [Fact]
    public void A_map_drawn_to_scale_keeps_the_scale_of_its_own_axes()
    {
        // Each panel's y axis was tied to "x", which in the grid is the first panel's x axis, whatever the others showed.
        var zoomedOut = Plots.PathsOnContour(new TestBowl(), [Descend(new TestBowl(), [8, 2], 0.1, 20)], title: "wide", view: [(-10, 10), (-10, 10)]);
        var zoomedIn = Plots.PathsOnContour(new TestBowl(), [Descend(new TestBowl(), [1, 1], 0.1, 20)], title: "close", view: [(-2, 2), (-2, 2)]);

        var layout = FigureJson.Parse(Plots.Grid([zoomedOut, zoomedIn]).ToJson()).GetProperty("layout");

        Assert.Equal("x", layout.GetProperty("yaxis").GetProperty("scaleanchor").GetString());
        Assert.Equal("x2", layout.GetProperty("yaxis2").GetProperty("scaleanchor").GetString());
    }

    [Fact]
    public void A_scale_anchor_that_is_not_an_axis_name_is_left_as_it_is()
    {
        // plotly takes false to mean "no anchor"; a figure from JSON or Plotly.NET may say so.
        var unanchored = Plot.FromFigureJson("""{"data":[{"type":"scatter","x":[0,1],"y":[0,1]}],"layout":{"title":{"text":"free"},"yaxis":{"scaleanchor":false}}}""");

        var layout = FigureJson.Parse(Plots.Grid([Plots.Line([0, 1], [0, 1], title: "line"), unanchored]).ToJson()).GetProperty("layout");

        Assert.Equal(JsonValueKind.False, layout.GetProperty("yaxis2").GetProperty("scaleanchor").ValueKind);
    }

    [Fact]
    public void A_stretched_map_s_note_is_worked_out_for_its_cell_and_its_panel_title_stands_above_it()
    {
        var alone = StretchedMap("stretched");
        var aloneNote = Notes(FigureJson.Parse(alone.ToJson()).GetProperty("layout"), "axes not to scale").Single().GetProperty("text").GetString();

        var grid = FigureJson.Parse(Plots.Grid([alone, Plots.Line([0, 1], [0, 1], title: "a line")]).ToJson()).GetProperty("layout");

        // The cell: (780 − 60 − 30) px × (1 − 0.07) / 2 wide; 340 + 80 − 50 − 100 px tall (one row; the note's lines are added above it).
        var cellWidth = (780 - 60 - 30) * (1 - 0.07) / 2;
        var cellHeight = 340.0 + 80 - 50 - 100;
        var factor = (cellHeight / 2) / (cellWidth / 20);
        var note = Notes(grid, "axes not to scale").Single();
        var noteLines = note.GetProperty("text").GetString()!.Split("<br>");
        Assert.Equal($"axes not to scale: a unit of y is drawn about {factor:0}× as long as a unit of x", string.Join(" ", noteLines));
        Assert.NotEqual(aloneNote, string.Join(" ", noteLines));
        // Broken to fit the cell (its 11-px letters are at most 0.6 of that wide), its lines aligned on the right edge it stands on.
        Assert.All(noteLines, line => Assert.True(line.Length * 0.6 * 11 <= cellWidth, $"\"{line}\" is wider than its cell"));
        Assert.Equal("right", note.GetProperty("align").GetString());
        var title = Notes(grid, "<b>stretched").Single();
        Assert.Equal(note.GetProperty("y").GetDouble(), title.GetProperty("y").GetDouble(), 9);
        // The note's lines (14 px each) stand 2 px over the cell; the title's foot must clear them.
        Assert.True(title.GetProperty("yshift").GetDouble() >= note.GetProperty("yshift").GetDouble() + noteLines.Length * 14);
        Assert.Equal(340 + 80 + noteLines.Length * 14 + 4, grid.GetProperty("height").GetDouble());
        Assert.Equal(6, Notes(grid, "<b>a line").Single().GetProperty("yshift").GetDouble());
    }

    [Fact]
    public void A_long_panel_title_is_broken_into_lines_that_fit_its_cell_and_its_row_gets_the_room()
    {
        const string longTitle = "Gradient descent with momentum 0.9 and a learning rate of 0.05 on the ill-conditioned bowl";
        var panels = new[] { "one", "two", longTitle, "four" }.Select(t => Plots.Line([0, 1], [0, 1], title: t)).ToList();
        var oneLine = FigureJson.Parse(Plots.Grid(panels.Take(2).Concat([Plots.Line([0, 1], [0, 1], title: "three"), panels[3]])).ToJson()).GetProperty("layout");

        var layout = FigureJson.Parse(Plots.Grid(panels).ToJson()).GetProperty("layout");

        var lines = Notes(layout, "<b>Gradient").Single().GetProperty("text").GetString()!.Split("<br>");
        Assert.True(lines.Length >= 2, "the title must be broken");
        var cellCharacters = (780 - 60 - 30) * (1 - 0.07) / 2 / (0.6 * 14);
        Assert.All(lines, line => Assert.True(line.Replace("<b>", "").Replace("</b>", "").Length <= cellCharacters, $"\"{line}\" is wider than its cell"));
        Assert.Equal(longTitle, string.Join(" ", lines.Select(l => l.Replace("<b>", "").Replace("</b>", ""))));
        // Only the second row's title grew: the figure and the gap over the second row grow by its further lines.
        var extra = (lines.Length - 1) * 18;
        Assert.Equal(oneLine.GetProperty("height").GetDouble() + extra, layout.GetProperty("height").GetDouble());
        Assert.Equal(oneLine.GetProperty("margin").GetProperty("t").GetDouble(), layout.GetProperty("margin").GetProperty("t").GetDouble());
        double GapPixels(JsonElement l)
        {
            var plotHeight = l.GetProperty("height").GetDouble() - l.GetProperty("margin").GetProperty("t").GetDouble() - l.GetProperty("margin").GetProperty("b").GetDouble();
            return (l.GetProperty("yaxis").GetProperty("domain")[0].GetDouble() - l.GetProperty("yaxis3").GetProperty("domain")[1].GetDouble()) * plotHeight;
        }
        Assert.Equal(GapPixels(oneLine) + extra, GapPixels(layout), 6);
        double CellPixels(JsonElement l, string axis)
        {
            var plotHeight = l.GetProperty("height").GetDouble() - l.GetProperty("margin").GetProperty("t").GetDouble() - l.GetProperty("margin").GetProperty("b").GetDouble();
            var domain = l.GetProperty(axis).GetProperty("domain");
            return (domain[1].GetDouble() - domain[0].GetDouble()) * plotHeight;
        }
        Assert.Equal(CellPixels(oneLine, "yaxis3"), CellPixels(layout, "yaxis3"), 6);
        Assert.Equal(CellPixels(oneLine, "yaxis"), CellPixels(layout, "yaxis"), 6);
    }
}
