namespace Downhill;

/// <summary>
/// The checks for 01-loss-functions' exercises. The answers live here, out of the student's sight; a wrong answer gets
/// a hint that points at the idea, never the number.
/// </summary>
public static class Lesson01
{
    /// <summary>01.1: the mean squared error of two predictions, $300,000 and $250,000, for houses that sold for $350,000 and $200,000.</summary>
    public static Feedback CheckTwoHouseMse(double answer) =>
        Exercise.CheckNumber("01.1", answer, expected: Loss.MeanSquaredError().Value([300_000, 250_000], [350_000, 200_000]), tolerance: 1,
            hint: "find each house's miss (prediction minus price), square each one, then average the two squares — the unit is square dollars.");

    /// <summary>
    /// 01.2, write it: the slope dℓ/de of Huber's loss at the error e, checked by behaviour against the library's
    /// <see cref="HuberLoss"/> at many errors (inside, outside and exactly at ±δ) and several thresholds δ.
    /// </summary>
    public static Feedback CheckHuberSlope(Func<double, double, double> huberSlope)
    {
        var check = new WriteIt("01.2",
            "inside |e| < δ Huber is half the squared error, so its slope is the slope of that piece; " +
            "outside it is a straight line, whose slope is the same however big the miss — only its sign follows e.");
        if (check.Refuse(huberSlope) is { } refused) return refused;
        foreach (var delta in new[] { 1.0, 0.5, 3.0, 50_000 })
        {
            var huber = Loss.Huber(delta);
            foreach (var e in Errors(delta))
            {
                if (!check.TryRun(() => huberSlope(e, delta), $"at HuberSlope({Guard.Show(e)}, {Guard.Show(delta)})", out var yours, out var failed))
                    return failed;
                var library = huber.DerivativeOf(e, 0);
                if (!double.IsFinite(yours) || Math.Abs(yours - library) > 1e-9 * Math.Max(1, Math.Abs(library)))
                    return check.NotYet($"HuberSlope({Guard.Show(e)}, {Guard.Show(delta)}) = {Guard.Show(yours)} is not the slope there.");
            }
        }
        return check.Correct("your HuberSlope agrees with the library's HuberLoss at every error tried, inside, outside and at ±δ, for four thresholds δ.");
    }

    /// <summary>01.3: the mean cross-entropy of two penguins whose true species got probabilities 0.8 and 0.05.</summary>
    public static Feedback CheckTwoPenguinCrossEntropy(double answer) =>
        Exercise.CheckNumber("01.3", answer, expected: (-Math.Log(0.8) - Math.Log(0.05)) / 2, tolerance: 1e-3,
            hint: "each penguin costs −log of the probability given to its TRUE species (natural log, Math.Log); the loss is the mean of the two costs.");

    /// <summary>
    /// 01.4, a knob puzzle found by experiment: a Huber threshold δ for which the outlier moves Huber's best w as far as it
    /// moves squared error's (to within 0.5 $/sq ft). <paramref name="outlierShiftUnder"/> is the lesson's own measurement:
    /// how far the outlier moves a loss's best w.
    /// </summary>
    public static Feedback CheckDeltaLikeSquaredError(double delta, Func<Loss, double> outlierShiftUnder)
    {
        const string name = "01.4";
        const string hint = "for misses smaller than δ Huber is half the squared error, and half a curve has its bottom in the same place — " +
                            "how big is the outlier's miss?";
        if (!double.IsFinite(delta) || delta <= 0)
            return new Feedback(name, false, $"δ = {Guard.Show(delta)} is not a positive number of dollars.", hint);
        var squared = outlierShiftUnder(Loss.MeanSquaredError());
        var huber = outlierShiftUnder(Loss.Huber(delta));
        return Math.Abs(huber - squared) <= 0.5
            ? new Feedback(name, true, FormattableString.Invariant($"with δ = {delta:N0} the outlier moves Huber's best w by {huber:0.0} $/sq ft, as far as squared error's."), hint)
            : new Feedback(name, false, FormattableString.Invariant($"with δ = {delta:N0} the outlier moves Huber's best w by {huber:0.0} $/sq ft; squared error's moves by {squared:0.0}."), hint);
    }

    // Errors from −4δ to 4δ, with 0, ±δ exactly and points a hair either side of ±δ.
    private static IEnumerable<double> Errors(double delta)
    {
        for (var k = -40; k <= 40; k++) yield return k * delta / 10;
        foreach (var side in new[] { -1.0, 1.0 })
        {
            yield return side * delta * (1 - 1e-6);
            yield return side * delta * (1 + 1e-6);
            yield return side * delta * 37.5;
        }
    }
}
