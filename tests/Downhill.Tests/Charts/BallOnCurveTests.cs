using System.Text.Json;
using static Downhill.Tests.Charts.ChartFixtures;

namespace Downhill.Tests.Charts;
public class BallOnCurveTests
{
    [Fact]
    public void The_animation_carries_one_frame_per_position_and_the_slider_one_step_per_frame()
    {
        var run = Descend(new TestParabola(), [2.5], alpha: 0.1, steps: 25);

        var plot = Plots.BallOnCurve(new TestParabola(), run);

        Assert.Equal(run.Steps + 1, plot.FrameCount);
        var figure = FigureJson.Parse(plot.ToJson());
        var frames = figure.GetProperty("frames");
        var sliderSteps = figure.GetProperty("layout").GetProperty("sliders")[0].GetProperty("steps");
        Assert.Equal(frames.GetArrayLength(), sliderSteps.GetArrayLength());
        for (var k = 0; k < frames.GetArrayLength(); k++)
        {
            Assert.Equal(k.ToString(), frames[k].GetProperty("name").GetString());
            // Slider step k animates to the frame named k, and that frame puts the ball where the run was after k steps.
            Assert.Equal(frames[k].GetProperty("name").GetString(), sliderSteps[k].GetProperty("args")[0][0].GetString());
            var (trail, ball) = (frames[k].GetProperty("data")[0], frames[k].GetProperty("data")[1]);
            Assert.Equal(run.Positions[k][0], ball.GetProperty("x")[0].GetDouble());
            Assert.Equal(run.Losses[k], ball.GetProperty("y")[0].GetDouble());
            // The trail behind the ball ends where the ball is and reaches back at most eight steps.
            var trailX = trail.GetProperty("x");
            Assert.Equal(run.Positions[k][0], trailX[trailX.GetArrayLength() - 1].GetDouble());
            Assert.Equal(Math.Min(k, 8) + 1, trailX.GetArrayLength());
            Assert.Equal([2, 3], frames[k].GetProperty("traces").EnumerateArray().Select(t => t.GetInt32()));
        }
        var buttons = figure.GetProperty("layout").GetProperty("updatemenus")[0].GetProperty("buttons");
        Assert.Equal("animate", buttons[0].GetProperty("method").GetString());
        Assert.Equal(JsonValueKind.Null, buttons[0].GetProperty("args")[0].ValueKind);
        Assert.Contains("Pause", buttons[1].GetProperty("label").GetString());
    }

    [Fact]
    public void A_run_that_blows_up_through_Descent_Run_still_draws_with_its_mark()
    {
        // On x² the step is x ← (1 − 2α)x; with α = 1.1 the factor is −1.2, so |x| grows until the loss passes 1e12.
        var parabola = Landscape.Parabola();
        var run = Descent.Run(parabola, new GradientDescent(1.1), [1.0], steps: 1000);
        Assert.Equal(RunOutcome.Diverged, run.Outcome);

        var plot = Plots.BallOnCurve(parabola, run);

        var figure = FigureJson.Parse(plot.ToJson());
        Assert.Equal(run.Positions.Count, plot.FrameCount);
        // The ball flies far past the view before the loss passes 1e12, so the mark sits on the last step in sight.
        var note = figure.GetProperty("layout").GetProperty("annotations")[0];
        Assert.StartsWith($"✕ diverged at step {run.DivergedAtStep} (out of view after step ", note.GetProperty("text").GetString());
        var xRange = figure.GetProperty("layout").GetProperty("xaxis").GetProperty("range");
        Assert.InRange(note.GetProperty("x").GetDouble(), xRange[0].GetDouble(), xRange[1].GetDouble());
        // The view follows the ball only so far (four widths of the plot range), so the curve keeps its shape.
        var range = figure.GetProperty("layout").GetProperty("xaxis").GetProperty("range");
        Assert.True(range[1].GetDouble() - range[0].GetDouble() < 10 * (parabola.PlotRange[0].Max - parabola.PlotRange[0].Min));
    }

    [Fact]
    public void Wrong_inputs_are_refused_with_a_sentence()
    {
        var bowl = new TestBowl();
        var curveRun = Descend(new TestParabola(), [1.0], 0.1, 3);

        var twoD = Assert.Throws<ArgumentException>(() => Plots.BallOnCurve(bowl, curveRun));
        Assert.StartsWith("BallOnCurve draws a landscape with 1 dimension(s); Ill-conditioned bowl has 2.", twoD.Message);

        var mismatched = Assert.Throws<ArgumentException>(() => Plots.BallOnCurve(new TestParabola(), Descend(bowl, [1, 1], 0.1, 3)));
        Assert.StartsWith("BallOnCurve: the run \"GD α=0.1\" moves in 2 dimension(s), but the landscape has 1.", mismatched.Message);

        Assert.Throws<ArgumentException>(() => Plots.BallOnCurve(new TestParabola(), null!));
    }
}
