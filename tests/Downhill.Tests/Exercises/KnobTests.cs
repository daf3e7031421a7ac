namespace Downhill.Tests.Exercises;

public class KnobTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_rate_that_cannot_work_is_replaced_by_the_stand_in_with_one_sentence(double typed)
    {
        var said = new StringWriter();

        var rate = Knob.Rate("alpha", typed, fallback: 0.1, said);

        Assert.Equal(0.1, rate);
        var sentence = Assert.Single(said.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("alpha = ", sentence);
        Assert.EndsWith("cannot be used: a learning rate must be a positive, finite number (0 never moves; a negative one walks uphill). Using alpha = 0.1 instead.",
            sentence);
    }

    [Fact]
    public void A_usable_knob_is_returned_as_typed_and_nothing_is_said()
    {
        var said = new StringWriter();

        Assert.Equal(1e6, Knob.Rate("alpha", 1e6, 0.1, said)); // huge but legal: the lesson shows it exploding
        Assert.Equal(-3.5, Knob.Number("start", -3.5, 2.5, said));
        Assert.Equal(0.0, Knob.Momentum("momentum", 0.0, 0.9, said));
        Assert.Equal(5000, Knob.Count("steps", 5000, 40, least: 1, most: 5000, said));
        Assert.Equal(2e-3, Knob.Positive("delta", 2e-3, 1, said));
        Assert.Equal("", said.ToString());
    }

    [Fact]
    public void Each_kind_of_knob_names_its_own_rule_and_shows_numbers_the_same_way_on_every_machine()
    {
        var said = new StringWriter();

        Knob.Number("start", double.NegativeInfinity, 2.5, said);
        Knob.Positive("huberDelta", -50_000, 50_000, said);
        Knob.Momentum("momentum", 1, 0.9, said);
        Knob.Count("steps", 0, 40, least: 1, most: 5000, said);

        Assert.Equal(
            [
                "start = -∞ cannot be used: it must be a finite number. Using start = 2.5 instead.",
                "huberDelta = -50000 cannot be used: it must be a positive, finite number. Using huberDelta = 50000 instead.",
                "momentum = 1 cannot be used: a momentum factor must be at least 0 and below 1. Using momentum = 0.9 instead.",
                "steps = 0 cannot be used: it must be between 1 and 5000 for this lesson to show anything (and finish quickly). Using steps = 40 instead.",
            ],
            said.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_stand_in_that_cannot_work_itself_is_the_notebooks_bug_and_throws()
    {
        var rate = Assert.Throws<ArgumentException>(() => Knob.Rate("alpha", 0.5, fallback: -0.1, TextWriter.Null));
        var range = Assert.Throws<ArgumentException>(() => Knob.Count("steps", 10, 40, least: 50, most: 5, TextWriter.Null));
        var count = Assert.Throws<ArgumentException>(() => Knob.Count("steps", 10, fallback: 0, least: 1, most: 5, TextWriter.Null));
        var name = Assert.Throws<ArgumentException>(() => Knob.Number(" ", 1, 2, TextWriter.Null));

        Assert.Equal("The stand-in for alpha must itself be usable (a learning rate must be a positive, finite number (0 never moves; a negative one walks uphill)); got -0.1.", rate.Message);
        Assert.Equal("The knob steps needs a range whose least value is not above its most; got 50 to 5.", range.Message);
        Assert.Contains("got 0.", count.Message);
        Assert.Equal("A knob needs a name, as the student sees it in the parameters cell.", name.Message);
    }

    [Fact]
    public void A_count_above_its_most_is_capped_there_and_one_below_its_least_gets_the_stand_in()
    {
        var said = new StringWriter();

        Assert.Equal(5000, Knob.Count("steps", int.MaxValue, 40, least: 1, most: 5000, said));
        Assert.Equal(40, Knob.Count("steps", int.MinValue, 40, least: 1, most: 5000, said));

        Assert.Equal(
            [
                "steps = 2147483647 is more than this lesson can run quickly: it must be between 1 and 5000 for this lesson to show anything (and finish quickly). Using steps = 5000, the most, instead.",
                "steps = -2147483648 cannot be used: it must be between 1 and 5000 for this lesson to show anything (and finish quickly). Using steps = 40 instead.",
            ],
            said.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_number_off_its_range_moves_to_the_nearer_end_and_one_that_is_no_number_gets_the_stand_in()
    {
        var said = new StringWriter();

        Assert.Equal(3, Knob.Within("start", 5, 2.5, least: -3, most: 3, said));
        Assert.Equal(-3, Knob.Within("start", -1e200, 2.5, least: -3, most: 3, said));
        Assert.Equal(2.5, Knob.Within("start", double.NaN, 2.5, least: -3, most: 3, said));
        Assert.Equal(-1.5, Knob.Within("start", -1.5, 2.5, least: -3, most: 3, said));

        Assert.Equal(
            [
                "start = 5 is outside what this lesson draws: it must be a number from -3 to 3. Using start = 3, the nearer end, instead.",
                "start = -1e200 is outside what this lesson draws: it must be a number from -3 to 3. Using start = -3, the nearer end, instead.",
                "start = NaN cannot be used: it must be a number from -3 to 3. Using start = 2.5 instead.",
            ],
            said.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Throws<ArgumentException>(() => Knob.Within("start", 1, fallback: 9, least: -3, most: 3, TextWriter.Null));
    }

    [Fact]
    public void A_negative_seed_is_used_without_its_sign()
    {
        var said = new StringWriter();

        Assert.Equal(7, Knob.Seed("seed", 7, said));
        Assert.Equal(1, Knob.Seed("seed", -1, said));
        Assert.Equal(int.MaxValue, Knob.Seed("seed", int.MinValue, said));

        Assert.Equal(
            [
                "seed = -1 cannot be used: a seed must be a whole number from 0 up. Using seed = 1 instead.",
                "seed = -2147483648 cannot be used: a seed must be a whole number from 0 up. Using seed = 2147483647 instead.",
            ],
            said.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }
}
