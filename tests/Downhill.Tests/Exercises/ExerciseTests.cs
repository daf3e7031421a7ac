namespace Downhill.Tests.Exercises;

public class ExerciseTests
{
    [Fact]
    public void A_number_within_tolerance_is_correct_and_says_so_in_green()
    {
        var feedback = Exercise.CheckNumber("03.1", 0.48, expected: 0.5, tolerance: 0.05, hint: "2/L with L = 4");

        Assert.True(feedback.IsCorrect);
        Assert.Equal("✓ Correct: 03.1 — 0.48 is within ±0.05 of the answer.", feedback.ToString());
        Assert.Null(feedback.Hint);
        Assert.Contains("#e8f5e9", feedback.ToHtml());
        Assert.Contains("✓ Correct:", feedback.ToHtml());
    }

    [Fact]
    public void A_wrong_number_gets_the_hint_and_whether_it_is_too_high_or_low_but_not_the_answer()
    {
        var high = Exercise.CheckNumber("03.1", 0.9, expected: 0.5, tolerance: 0.05, hint: "2/L with L = 4");
        var low = Exercise.CheckNumber("03.1", 0.1, expected: 0.5, tolerance: 0.05);

        Assert.False(high.IsCorrect);
        Assert.Equal("✗ Not yet: 03.1 — 0.9 is too high. Hint: 2/L with L = 4", high.ToString());
        Assert.DoesNotContain("0.5", high.ToString());
        Assert.Contains("#fff8e1", high.ToHtml());
        Assert.Contains("<b>Hint:</b> 2/L with L = 4", high.ToHtml());
        Assert.Equal("✗ Not yet: 03.1 — 0.1 is too low.", low.ToString());
    }

    [Theory]
    [InlineData(0.55, true)]   // |0.55 − 0.5| is 0.05000000000000004 in doubles: the edge still counts
    [InlineData(0.45, true)]
    [InlineData(0.5500001, false)]
    [InlineData(0.4499999, false)]
    public void The_edges_of_the_tolerance_count_as_correct(double answer, bool correct)
    {
        Assert.Equal(correct, Exercise.CheckNumber("edge", answer, expected: 0.5, tolerance: 0.05).IsCorrect);
    }

    [Fact]
    public void Zero_tolerance_means_exact()
    {
        Assert.True(Exercise.CheckNumber("exact", 2.25, 2.25, 0).IsCorrect);
        Assert.Equal("✓ Correct: exact — 2.25 is exactly right.", Exercise.CheckNumber("exact", 2.25, 2.25, 0).ToString());
        Assert.False(Exercise.CheckNumber("exact", 2.2500001, 2.25, 0).IsCorrect);
    }

    [Fact]
    public void A_NaN_or_infinite_answer_is_not_yet_right_and_never_throws()
    {
        var nan = Exercise.CheckNumber("03.2", double.NaN, 1, 0.1, hint: "check your step");
        var infinite = Exercise.CheckNumber("03.3", double.PositiveInfinity, 0, 1);

        Assert.False(nan.IsCorrect);
        Assert.StartsWith("✗ Not yet: 03.2 — your answer is NaN (not a number)", nan.ToString());
        Assert.EndsWith("Hint: check your step", nan.ToString());
        Assert.False(infinite.IsCorrect);
        Assert.Contains("your answer is ∞", infinite.ToString());
    }

    [Fact]
    public void Malformed_checks_throw_with_a_sentence_naming_the_exercise()
    {
        var nanTolerance = Assert.Throws<ArgumentException>(() => Exercise.CheckNumber("03.1", 0.5, 0.5, double.NaN));
        Assert.StartsWith("The check for \"03.1\" needs a tolerance that is a finite number ≥ 0; got NaN.", nanTolerance.Message);
        var negative = Assert.Throws<ArgumentException>(() => Exercise.CheckNumber("03.1", 0.5, 0.5, -0.1));
        Assert.StartsWith("The check for \"03.1\" needs a tolerance that is a finite number ≥ 0; got -0.1.", negative.Message);
        var expected = Assert.Throws<ArgumentException>(() => Exercise.CheckNumber("03.1", 0.5, double.PositiveInfinity, 0.1));
        Assert.StartsWith("The check for \"03.1\" needs a finite expected answer; got ∞.", expected.Message);
        var name = Assert.Throws<ArgumentException>(() => Exercise.CheckNumber(" ", 1, 1, 0));
        Assert.StartsWith("An exercise check needs the exercise's number or name", name.Message);
        var missing = Assert.Throws<ArgumentException>(() => Exercise.CheckChoice("c", "a", "d", options: ["a", "b", "c"]));
        Assert.StartsWith("The check for \"c\" expects \"d\", which is not among its options: \"a\", \"b\", \"c\".", missing.Message);
        Assert.Throws<ArgumentException>(() => Exercise.CheckThat("p", 1.0, null!));
    }

    [Fact]
    public void Choices_compare_strings_kindly_and_enums_exactly()
    {
        string[] options = ["mean squared error", "mean absolute error", "Huber"];

        Assert.True(Exercise.CheckChoice("01.2", "  huber ", "Huber", options).IsCorrect);
        Assert.Equal("✗ Not yet: 01.2 — \"mean squared error\" is not it. Hint: outliers",
            Exercise.CheckChoice("01.2", "mean squared error", "Huber", options, hint: "outliers").ToString());
        Assert.Equal("✗ Not yet: 01.2 — \"L1\" is not one of the options: \"mean squared error\", \"mean absolute error\", \"Huber\".",
            Exercise.CheckChoice("01.2", "L1", "Huber", options).ToString());
        Assert.Equal("✗ Not yet: 01.2 — there is no answer yet.", Exercise.CheckChoice("01.2", "", "Huber", options).ToString());

        Assert.True(Exercise.CheckChoice("00.2", RunOutcome.Diverged, RunOutcome.Diverged).IsCorrect);
        Assert.Equal("✗ Not yet: 00.2 — StepLimitReached is not it.", Exercise.CheckChoice("00.2", RunOutcome.StepLimitReached, RunOutcome.Diverged).ToString());
    }

    [Fact]
    public void Rule_checks()
    {
        var converges = Exercise.CheckThat("03.4", 0.3, a => a < 0.5, whenCorrect: "that rate converges on the bowl.");
        Assert.Equal("✓ Correct: 03.4 — that rate converges on the bowl.", converges.ToString());
        Assert.Equal("✗ Not yet: 03.4 — 0.7 does not do it yet.", Exercise.CheckThat("03.4", 0.7, a => a < 0.5).ToString());

        var crashing = Exercise.CheckThat<double[]>("03.5", [], v => v[0] > 0, hint: "give one number");
        Assert.False(crashing.IsCorrect);
        Assert.StartsWith("✗ Not yet: 03.5 — checking", crashing.ToString());
        Assert.EndsWith("Hint: give one number", crashing.ToString());
    }

    [Fact]
    public void Feedback_html_escapes_what_the_student_typed()
    {
        var feedback = Exercise.CheckChoice("x", "<script>alert(1)</script>", "a", hint: "a < b");

        Assert.DoesNotContain("<script>", feedback.ToHtml());
        Assert.Contains("&lt;script&gt;", feedback.ToHtml());
        Assert.Contains("a &lt; b", feedback.ToHtml());
    }
}
