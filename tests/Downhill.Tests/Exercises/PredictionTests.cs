namespace Downhill.Tests.Exercises;

public class PredictionTests
{
    [Fact]
    public void A_recorded_prediction_that_matches_the_run_is_correct()
    {
        Assert.StartsWith("Recorded", Prediction.Record("test.match", " Diverges ", "converges", "diverges"));
        var feedback = Prediction.Reveal("test.match", "diverges", why: "α is above 2/L.");
        Assert.True(feedback.IsCorrect);
        Assert.Contains("you predicted \"diverges\", and the run diverges. α is above 2/L.", feedback.Message);
    }

    [Fact]
    public void A_wrong_prediction_is_shown_beside_what_happened()
    {
        Prediction.Record("test.wrong", "converges", "converges", "diverges");
        var feedback = Prediction.Reveal("test.wrong", "diverges");
        Assert.False(feedback.IsCorrect);
        Assert.Contains("you predicted \"converges\", but the run diverges.", feedback.Message);
    }

    [Fact]
    public void Recording_again_replaces_the_earlier_prediction()
    {
        Prediction.Record("test.again", "converges");
        Prediction.Record("test.again", "diverges");
        Assert.Equal("diverges", Prediction.For("test.again"));
    }

    [Fact]
    public void An_empty_or_unknown_prediction_is_not_recorded_and_says_why()
    {
        Assert.StartsWith("✗ No prediction yet", Prediction.Record("test.empty", "  "));
        Assert.Contains("is not one of the choices", Prediction.Record("test.empty", "explodes", "converges", "diverges"));
        Assert.Null(Prediction.For("test.empty"));
    }

    [Fact]
    public void The_reveal_still_teaches_without_a_prediction()
    {
        var feedback = Prediction.Reveal("test.none", "oscillates");
        Assert.False(feedback.IsCorrect);
        Assert.Contains("the run oscillates.", feedback.Message);
        Assert.Contains("no prediction", feedback.Message);
    }

    [Fact]
    public void Emptying_the_prediction_cell_takes_the_earlier_prediction_back()
    {
        Prediction.Record("test.cleared", "diverges");
        Prediction.Record("test.cleared", "");
        Assert.Null(Prediction.For("test.cleared"));
        Assert.Contains("You recorded no prediction", Prediction.Reveal("test.cleared", "diverges").ToString());
    }

    [Fact]
    public void On_a_page_a_reveal_without_a_prediction_keeps_what_happened_folded()
    {
        var html = Prediction.Reveal("test.folded", "diverges at step 22", "α is above 2/L.").ToHtml();

        var folded = html.IndexOf("<details", StringComparison.Ordinal);
        Assert.True(folded > 0, html);
        Assert.Contains("You recorded no prediction yet", html[..folded]);
        Assert.DoesNotContain("diverges at step 22", html[..folded]);
        Assert.Contains("The run diverges at step 22. α is above 2/L.", html[folded..]);
    }

    [Fact]
    public void A_reveal_after_a_prediction_is_shown_open()
    {
        Prediction.Record("test.open", "diverges");
        var html = Prediction.Reveal("test.open", "diverges").ToHtml();

        Assert.DoesNotContain("<details", html);
        Assert.Contains("you predicted", html);
    }
}
