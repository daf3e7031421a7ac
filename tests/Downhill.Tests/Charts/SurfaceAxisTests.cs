namespace Downhill.Tests.Charts;

public class SurfaceAxisTests
{
    [Fact]
    public void A_line_fits_surface_and_explorer_name_their_axes_w_and_b_as_the_prose_does()
    {
        var fit = Landscape.LineFit([1.0, 2.0, 3.0], [2.0, 4.1, 5.9]);
        var run = Descent.Run(fit, new GradientDescent(0.05), [0.0, 0.0], 20);

        var scene = FigureJson.Parse(Plots.PathsOnSurface(fit, [run]).ToJson()).GetProperty("layout").GetProperty("scene");
        Assert.Equal("w", scene.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("b", scene.GetProperty("yaxis").GetProperty("title").GetProperty("text").GetString());

        var explorer = FigureJson.Parse(Plots.SurfaceExplorer(fit, steps: 20).ToJson()).GetProperty("layout");
        Assert.Equal("w", explorer.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("b", explorer.GetProperty("yaxis").GetProperty("title").GetProperty("text").GetString());
    }
}
