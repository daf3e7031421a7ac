namespace Downhill;

/// <summary>
/// The answer keys of lesson 04 (local minima): each check computes its answer from the library, so nothing of the
/// answer sits in the notebook, and a wrong answer gets a hint that points at the idea.
/// </summary>
public static class Lesson04
{
    /// <summary>
    /// 04.1 — where plain descent (α = 0.1, 300 steps) on 0.1x² − cos(2x) comes to rest from a start beyond the drawn
    /// curve, to ±0.1: worked out from the formula (where the slope 0.2x + 2 sin 2x is zero) or by running it.
    /// </summary>
    public static Feedback CheckValleyFromNinePointThree(double answer) =>
        Exercise.CheckNumber("04.1", answer, expected: Descent.Run(Landscape.ManyValleys(), new GradientDescent(0.1), [9.3], 300).Final[0],
            tolerance: 0.1,
            hint: "the valleys of −cos(2x) sit at the multiples of π, and 0.1x² tilts each one a little toward 0; which multiple of π is nearest 9.3, and which way does the tilt push the bottom?");

    /// <summary>
    /// 04.2 — the student's descent loop, checked by behaviour: from several starts, rates and step counts, on a 1-D
    /// and a 2-D landscape, it must end where <see cref="Descent.Run"/> with plain gradient descent ends (run to the
    /// last step, tolerance 0), to within 1e-9.
    /// </summary>
    public static Feedback CheckDescend(Func<Landscape, double[], double, int, double[]> descend)
    {
        (Landscape Surface, double[] Start, double Alpha, int Steps)[] cases =
        [
            (Landscape.ManyValleys(), [5.0], 0.1, 50),
            (Landscape.ManyValleys(), [-2.2], 0.05, 7),
            (Landscape.Quartic(), [2.0], 0.01, 300),
            (Landscape.IllConditionedBowl(), [-8.0, 3.0], 0.4, 30),
            (Landscape.Saddle(), [1.0, 0.5], 0.1, 1),
        ];
        // The surface's own Gradient (and Value, Dimensions) are what the loop is made of; Descent and the optimizers are not.
        var check = new WriteIt("04.2",
            "repeat `steps` times: ask the surface for its gradient at the current point and move against it by α times it — every coordinate.",
            "Landscape.Gradient", "Landscape.Value", "Landscape.Dimensions", "Landscape.Slope", "Landscape.Name");
        if (check.Refuse(descend) is { } refused) return refused;
        foreach (var (surface, start, alpha, steps) in cases)
        {
            var expected = Descent.Run(surface, new GradientDescent(alpha), start, steps, tolerance: 0).Final;
            var where = FormattableString.Invariant($"on {surface.Name} from ({string.Join(", ", start)}) with α = {alpha} and {steps} step{(steps == 1 ? "" : "s")}");
            if (!check.TryRun(() => descend(surface, (double[])start.Clone(), alpha, steps), where, out var got, out var failed))
                return failed;
            if (got is null || got.Length != expected.Length)
                return check.NotYet($"{where} your function returned {(got is null ? "nothing" : $"{got.Length} coordinate(s)")}; it needs {expected.Length}.");
            if (!got.Zip(expected).All(p => Math.Abs(p.First - p.Second) <= 1e-9 * Math.Max(1, Math.Abs(p.Second))))
                return check.NotYet($"{where} your loop ends somewhere else than Descent.Run.");
        }
        return check.Correct("your loop ends exactly where Descent.Run ends, on every test surface.");
    }

    /// <summary>The smallest momentum β (to 0.01) with which Momentum(0.01, β) from x = 2 ends in the deep valley of x⁴ − 3x² + x in 300 steps.</summary>
    private static double SmallestBetaOverTheHump()
    {
        var well = Landscape.Quartic();
        for (var k = 0; k < 100; k++)
            if (Descent.Run(well, new Momentum(0.01, k / 100.0), [2.0], 300).Final[0] < 0) return k / 100.0;
        throw new InvalidOperationException("no β below 1 clears the hump.");
    }

    /// <summary>04.3 — the knob puzzle: the smallest β (to 0.01) that carries the ball over the hump.</summary>
    public static Feedback CheckSmallestBeta(double answer) =>
        Exercise.CheckNumber("04.3", answer, expected: SmallestBetaOverTheHump(), tolerance: 0.005,
            hint: "set `momentum` in the knobs, run the momentum cell, and narrow it down: a β that clears the hump and one just below that does not.");

    /// <summary>
    /// 04.4 — the symmetry applied to a network with a bias, w₂·tanh(w₁·x + b) at (w₁, b, w₂) = (2, 0.5, 3): the bias of
    /// the other setting with w₁ and w₂ of opposite sign that predicts exactly the same at every x. Checked by comparing the
    /// two networks' predictions, not against a stored number.
    /// </summary>
    public static Feedback CheckTwinBias(double answer)
    {
        const double w1 = 2, b = 0.5, w2 = 3;
        var xs = Enumerable.Range(0, 81).Select(i => -4 + 0.1 * i);
        var same = double.IsFinite(answer) && xs.All(x => Math.Abs(w2 * Math.Tanh(w1 * x + b) - -w2 * Math.Tanh(-w1 * x + answer)) <= 1e-9);
        return same
            ? new Feedback("04.4", true, "with that bias the sign-flipped network predicts exactly what the original does, at every x.", null)
            : new Feedback("04.4", false, "with that bias the sign-flipped network −3·tanh(−2x + b) predicts something else than 3·tanh(2x + 0.5).",
                "tanh(−z) = −tanh(z): flip the sign of the WHOLE inside of tanh, not just the weight.");
    }
}
