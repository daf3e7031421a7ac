namespace Downhill;

/// <summary>
/// The checks for 07-train-vs-test's exercises. The answers live here, out of the student's sight; a wrong answer gets
/// a hint that points at the idea, never the number.
/// </summary>
public static class Lesson07
{
    /// <summary>
    /// 07.1, write it: the early-stopping rule with patience — given the validation loss after each epoch (epoch 0 first)
    /// and a patience, the epoch whose weights to keep. Checked by behaviour on several sequences, among them the lesson's
    /// own validation losses, against the rule: walk the epochs in order; an epoch that does not beat the best loss so far
    /// (strictly) is a bad one; after <c>patience</c> bad epochs in a row, stop; keep the best epoch seen before stopping.
    /// </summary>
    public static Feedback CheckEpochToKeep(Func<double[], int, int> epochToKeep, double[] lessonValidationLosses)
    {
        var check = new WriteIt("07.1",
            "walk the epochs in order and stop as soon as `patience` epochs in a row have failed to beat the best loss so far " +
            "(equal is not better) — a lower loss that comes after you stopped is one you never saw.");
        var cases = new List<(double[] Losses, int Patience)>
        {
            ([0.90, 0.55, 0.41, 0.38, 0.44, 0.61], 2),
            ([5, 4, 3, 2, 1], 1),                      // never stops: keep the last
            ([1.0, 0.8, 0.85, 0.9, 0.95, 0.5], 3),     // the dip comes too late
            ([1.0, 0.8, 0.85, 0.9, 0.95, 0.5], 4),     // patience long enough to see it
            ([0.5, 0.5, 0.5, 0.4], 2),                 // a tie is not an improvement
            ([0.5, 0.5, 0.5, 0.4], 3),
            ([0.7], 1),
            ([0.3, 0.2, 0.25, 0.1, 0.15, 0.12, 0.11, 0.05], 3),
        };
        if (lessonValidationLosses is { Length: > 0 }) cases.Add((lessonValidationLosses, 20));
        if (check.Refuse(epochToKeep) is { } refused) return refused;
        foreach (var (losses, patience) in cases)
        {
            var shown = losses.Length <= 10 ? $"[{string.Join(", ", losses.Select(Guard.Show))}]" : $"this lesson's {losses.Length} validation losses";
            if (!check.TryRun(() => epochToKeep((double[])losses.Clone(), patience), $"on {shown} with patience {patience}", out var yours, out var failed))
                return failed;
            if (yours != KeptEpoch(losses, patience))
                return check.NotYet($"on {shown} with patience {patience} your rule keeps epoch {yours}.");
        }
        return check.Correct($"your EpochToKeep keeps the right epoch on all {cases.Count} sequences, the lesson's own run among them.");
    }

    /// <summary>
    /// 07.2, a knob puzzle found by experiment: the smallest patience for which early stopping on the lesson's own run keeps
    /// the epoch with the lowest validation loss of the whole run. Too little patience gives up during the validation loss's
    /// early rise, before the model has learned anything.
    /// </summary>
    public static Feedback CheckSmallestPatience(int patience, double[] lessonValidationLosses)
    {
        const string name = "07.2";
        const string hint = "look at the validation loss in the first few epochs (zoom into the start of the chart): does it fall straight away? " +
                            "Patience has to outlast every stretch without a new best before the lowest point.";
        if (lessonValidationLosses is not { Length: > 0 })
            throw new ArgumentException("The check for 07.2 needs the lesson's validation losses.");
        var lowest = Array.IndexOf(lessonValidationLosses, lessonValidationLosses.Min());
        if (patience < 1)
            return new Feedback(name, false, $"patience {patience} is not a number of epochs: it counts them, at least 1.", hint);
        var kept = KeptEpoch(lessonValidationLosses, patience);
        if (kept != lowest)
            return new Feedback(name, false, $"with patience {patience} early stopping gives up and keeps epoch {kept}.", hint);
        if (patience > 1 && KeptEpoch(lessonValidationLosses, patience - 1) == lowest)
            return new Feedback(name, false, $"patience {patience} reaches the lowest point, but so does a smaller one.", hint);
        return new Feedback(name, true, patience > 1
                ? $"patience {patience} is the least that outlasts every stretch without a new best; one less gives up at epoch {KeptEpoch(lessonValidationLosses, patience - 1)}."
                : "patience 1 is enough: this run's validation loss falls without a pause until its lowest point.", hint);
    }

    /// <summary>
    /// The early-stopping rule with patience (Keras's EarlyStopping with min_delta = 0 and restore_best_weights): the epoch
    /// whose weights to keep.
    /// </summary>
    private static int KeptEpoch(double[] losses, int patience)
    {
        var best = 0;
        var bad = 0;
        for (var epoch = 1; epoch < losses.Length; epoch++)
        {
            if (losses[epoch] < losses[best])
            {
                best = epoch;
                bad = 0;
            }
            else if (++bad >= patience)
                break;
        }
        return best;
    }
}
