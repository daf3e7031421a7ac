namespace Downhill;

/// <summary>
/// The answer keys of lesson 04 (local minima): each check computes its answer from the library, so nothing of the
/// answer sits in the notebook, and a wrong answer gets a hint that points at the idea.
/// </summary>
public static class Lesson04
{
    /// <summary>04.1 — the valley plain descent (α = 0.1, 300 steps) reaches from x = −5.5 on 0.1x² − cos(2x), to ±0.1.</summary>
    public static Feedback CheckValleyFromMinusFiveAndAHalf(double answer)
    {
        var valleys = Landscape.ManyValleys();
        var end = Descent.Run(valleys, new GradientDescent(0.1), [-5.5], 300).Final[0];
        var bottom = valleys.KnownMinima.MinBy(m => Math.Abs(m[0] - end))![0];
        return Exercise.CheckNumber("04.1", answer, expected: bottom, tolerance: 0.1,
            hint: "descent rolls to the bottom of the valley it starts in; find the hilltops on either side of −5.5 on the chart.");
    }

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

    /// <summary>04.4 — the twin of the tiny network's minimum (1, 1.5): u = −1.</summary>
    public static Feedback CheckTwinU(double answer) =>
        Exercise.CheckNumber("04.4", answer, expected: -1, tolerance: 1e-6,
            hint: "tanh(−z) = −tanh(z): what happens to v·tanh(u·x) when both parameters change sign?");
}
