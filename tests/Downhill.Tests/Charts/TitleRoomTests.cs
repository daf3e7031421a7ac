using System.Text.Json;

namespace Downhill.Tests.Charts;

public class TitleRoomTests
{
    [Fact]
    public void A_title_sits_under_the_mode_bar_band_and_a_long_one_breaks_between_words_to_fit_the_figure()
    {
        const string title = "The ill-conditioned bowl: GD, momentum β = 0.9, tuned momentum and Adam, from (−8, 3) and 16 more starts";
        var plot = Plots.Line([0, 1], [0, 1], title: title);
        var layout = FigureJson.Parse(plot.ToJson()).GetProperty("layout");
        var shown = layout.GetProperty("title");

        Assert.Equal("container", shown.GetProperty("yref").GetString());
        Assert.Equal("bottom", shown.GetProperty("yanchor").GetString());
        var height = layout.GetProperty("height").GetDouble();
        Assert.Equal(TitleRoom.BarBand + 17, (1 - shown.GetProperty("y").GetDouble()) * height, 6); // the first line's foot
        var lines = shown.GetProperty("text").GetString()!.Split("<br>");
        Assert.Equal(2, lines.Length);
        Assert.Equal(title, string.Join(" ", lines));
        Assert.True(layout.GetProperty("margin").GetProperty("t").GetDouble() >= TitleRoom.BarBand + 2 * 24);
        Assert.Equal(title, plot.Title); // the breaks are for drawing only
    }

    [Fact]
    public void A_short_title_stays_on_one_line()
    {
        var layout = FigureJson.Parse(Plots.Line([0, 1], [0, 1], title: "Loss per step").ToJson()).GetProperty("layout");
        Assert.Equal("Loss per step", layout.GetProperty("title").GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Number, layout.GetProperty("margin").GetProperty("t").ValueKind);
    }
}
