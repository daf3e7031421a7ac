namespace Downhill;

/// <summary>
/// The answer keys of lesson 08 (backpropagation): each check computes its answer from the library or grades code by
/// what it does, so nothing of the answer sits in the notebook, and a wrong answer gets a hint that points at the idea.
/// </summary>
public static class Lesson08
{
    /// <summary>The two moons the knob puzzle trains on, whatever the notebook's knobs say.</summary>
    private static Dataset PuzzleMoons() => Synthetic.TwoMoons(seed: 1, count: 200, noise: 0.15);

    /// <summary>
    /// 08.1 — the student's backward rule for tanh: given the input x, the output t = tanh x and the gradient arriving
    /// from above, return the gradient passed to x. Graded by a gradient check at 81 inputs from −4 to 4 with several
    /// gradients from above, against central differences of <see cref="Math.Tanh"/>; a rule that asks the engine (any
    /// call into the library) rather than computing the derivative itself is turned away.
    /// </summary>
    public static Feedback CheckTanhBackward(Func<double, double, double, double> tanhBackward)
    {
        var check = new WriteIt("08.1",
            "the local derivative of tanh can be written with the output t alone; multiply it by the gradient from above (the chain rule).");
        if (check.Refuse(tanhBackward) is { } refused) return refused;
        const double h = 1e-5;
        for (var k = 0; k <= 80; k++)
        {
            var x = -4 + 0.1 * k;
            var fromAbove = (k % 3) switch { 0 => 1.0, 1 => -2.5, _ => 0.3 };
            var expected = (Math.Tanh(x + h) - Math.Tanh(x - h)) / (2 * h) * fromAbove;
            if (!check.TryRun(() => tanhBackward(x, Math.Tanh(x), fromAbove), FormattableString.Invariant($"at x = {x:0.0},"), out var theirs, out var failed))
                return failed;
            if (!(Math.Abs(theirs - expected) <= 1e-6 * Math.Max(1, Math.Abs(expected))))
                return check.NotYet(FormattableString.Invariant(
                    $"at x = {x:0.0} with {fromAbove} arriving from above, your rule passes back {Guard.Show(theirs)}, but central differences of tanh say otherwise."));
        }
        return check.Correct("your rule passes a gradient check at 81 points from −4 to 4.");
    }

    /// <summary>
    /// 08.2 — by hand: ∂L/∂w₂ for L = (tanh(w₁x₁ + w₂x₂ + b) − 1)² at x = (1.5, −1), w = (0.4, 0.8), b = 0.1; the
    /// expected value is the engine's.
    /// </summary>
    public static Feedback CheckLossGradientByHand(double answer)
    {
        var w1 = new Value(0.4);
        var w2 = new Value(0.8);
        var loss = ((w1 * 1.5 + w2 * -1 + 0.1).Tanh() - 1).Pow(2);
        loss.Backward();
        return Exercise.CheckNumber("08.2", answer, expected: w2.Grad, tolerance: 1e-3,
            hint: "go backward one step at a time: the square's derivative, times tanh's (1 − t²), times the weighted sum's derivative with respect to w₂ (which input multiplies it?).");
    }

    /// <summary>
    /// The knob puzzle's network: one hidden tanh layer of <paramref name="hiddenUnits"/>, Xavier seed 1, Adam α = 0.03,
    /// 100 epochs of batches of 32 (seed 1). Returns its training accuracy.
    /// </summary>
    private static double PuzzleAccuracy(int hiddenUnits)
    {
        var moons = PuzzleMoons();
        var network = new Mlp([2, hiddenUnits, 1], Activation.Tanh, Initialization.Xavier, seed: 1);
        Trainer.Fit(network, moons, new Adam(0.03), epochs: 100, batchSize: 32, seed: 1);
        return network.Accuracy(moons);
    }

    /// <summary>
    /// 08.3 — the knob puzzle: the fewest hidden units with which the puzzle's network (see <see cref="PuzzleAccuracy"/>)
    /// classifies at least 95 % of the 200 moons correctly. Checked by training every width up to the answer.
    /// </summary>
    public static Feedback CheckFewestHiddenUnits(int answer)
    {
        const string exercise = "08.3";
        const string hint = "try the `hidden` knob from 1 upward and watch the training accuracy the training cell prints; a single tanh unit can only draw one bend.";
        // The lesson's `hidden` knob runs from 1 to 16; an answer the knob cannot reach is not one found by experiment.
        if (answer < 1 || answer > 16)
            return new Feedback(exercise, false, $"{answer} hidden units is not a width the `hidden` knob offers: pick from 1 to 16.", hint);
        if (PuzzleAccuracy(answer) < 0.95)
            return new Feedback(exercise, false, $"with {answer} hidden unit(s) the network classifies fewer than 95 % of the moons correctly.", hint);
        for (var fewer = 1; fewer < answer; fewer++)
            if (PuzzleAccuracy(fewer) >= 0.95)
                return new Feedback(exercise, false, $"{answer} hidden units reach 95 %, but so does a smaller width.", hint);
        return new Feedback(exercise, true, $"{answer} is the fewest hidden units that reach 95 % on the moons, and no smaller width does.", hint);
    }
}
