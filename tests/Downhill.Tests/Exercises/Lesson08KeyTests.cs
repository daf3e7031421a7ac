namespace Downhill.Tests.Exercises;

/// <summary>Lesson 08's checks: each write-it passes a right answer, fails a wrong one, and fails the library shortcut.</summary>
public sealed class Lesson08KeyTests
{
    [Fact]
    public void Tanh_backward_passes_the_chain_rule_and_fails_a_forgotten_factor_and_the_engine_shortcut()
    {
        Assert.True(Lesson08.CheckTanhBackward((x, t, g) => (1 - t * t) * g).IsCorrect);
        Assert.True(Lesson08.CheckTanhBackward((x, t, g) => g / Math.Pow(Math.Cosh(x), 2)).IsCorrect); // sech² x, another right form
        Assert.False(Lesson08.CheckTanhBackward((x, t, g) => 1 - t * t).IsCorrect);
        Assert.False(Lesson08.CheckTanhBackward((x, t, g) => (1 - t) * g).IsCorrect);

        // The shortcut: ask the engine for tanh's derivative instead of writing it.
        var shortcut = Lesson08.CheckTanhBackward((x, t, g) =>
        {
            var input = new Value(x);
            input.Tanh().Backward();
            return input.Grad * g;
        });
        Assert.False(shortcut.IsCorrect);
        Assert.StartsWith("your code uses the library's", shortcut.Message);
        Assert.False(Lesson08.CheckTanhBackward((x, t, g) => throw new InvalidOperationException("boom")).IsCorrect);
    }

    [Fact]
    public void The_hand_gradient_is_the_chain_rule_to_three_decimals()
    {
        var t = Math.Tanh(0.4 * 1.5 + 0.8 * -1 + 0.1);
        Assert.True(Lesson08.CheckLossGradientByHand(2 * (t - 1) * (1 - t * t) * -1).IsCorrect);
        Assert.False(Lesson08.CheckLossGradientByHand(2 * (t - 1) * (1 - t * t)).IsCorrect); // the sign of x₂ dropped
    }

    [Fact]
    public void The_fewest_hidden_units_are_found_by_training_each_width()
    {
        var results = Enumerable.Range(1, 8).Select(h => Lesson08.CheckFewestHiddenUnits(h).IsCorrect).ToArray();
        Assert.Single(results, r => r);
        Assert.False(Lesson08.CheckFewestHiddenUnits(0).IsCorrect);
        Assert.False(Lesson08.CheckFewestHiddenUnits(16).IsCorrect); // enough units, but not the fewest
    }
}
