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
        const string name = "07.1";
        const string hint = "walk the epochs in order and stop as soon as `patience` epochs in a row have failed to beat the best loss so far " +
                            "(equal is not better) — a lower loss that comes after you stopped is one you never saw.";
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
        if (epochToKeep is null) return Exercise.CheckThat(name, "nothing", _ => false, hint);
        foreach (var (losses, patience) in cases)
        {
            var shown = losses.Length <= 10 ? $"[{string.Join(", ", losses.Select(Guard.Show))}]" : $"this lesson's {losses.Length} validation losses";
            int yours;
            try
            {
                yours = epochToKeep((double[])losses.Clone(), patience);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                return Exercise.CheckThat(name, $"EpochToKeep on {shown} with patience {patience}", _ => false,
                    $"it threw {ex.GetType().Name}: {ex.Message} — {hint}");
            }
            if (yours != KeptEpoch(losses, patience))
                return Exercise.CheckThat(name, $"on {shown} with patience {patience} your rule keeps epoch {yours}", _ => false, hint);
        }
        return Exercise.CheckThat(name, "your EpochToKeep", _ => true,
            whenCorrect: $"your EpochToKeep keeps the right epoch on all {cases.Count} sequences, the lesson's own run among them.");
    }

    /// <summary>
    /// 07.2, write it: standardise new houses' areas with the TRAINING houses' mean and spread. Checked by behaviour: the
    /// numbers match on several sets (either spread, dividing by n or by n − 1, is accepted), and no new house's scaled
    /// area depends on which other new houses are scaled with it (the leak this exercise is about).
    /// </summary>
    public static Feedback CheckScaleWithTrainingOnly(Func<double[], double[], double[]> scale)
    {
        const string name = "07.2";
        const string hint = "every number the scaling uses — the mean and the spread — must come from the training houses; " +
                            "a new house's scaled area may depend on that house and the training set, nothing else.";
        if (scale is null) return Exercise.CheckThat(name, "nothing", _ => false, hint);
        double[] train = [1_200, 1_550, 980, 2_100, 1_430, 1_760];
        double[][] newSets = [[1_000, 1_500, 2_400], [3_000, 3_500], [1_430], [800, 900, 1_000, 1_100]];
        var mean = train.Average();
        var byN = Math.Sqrt(train.Average(v => (v - mean) * (v - mean)));
        var byNMinus1 = byN * Math.Sqrt(train.Length / (train.Length - 1.0));
        foreach (var houses in newSets)
        {
            double[]? yours;
            try
            {
                yours = scale((double[])train.Clone(), (double[])houses.Clone());
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                return Exercise.CheckThat(name, "ScaleWithTrainingOnly", _ => false, $"it threw {ex.GetType().Name}: {ex.Message} — {hint}");
            }
            var shown = $"[{string.Join(", ", houses.Select(Guard.Show))}]";
            if (yours is null || yours.Length != houses.Length)
                return Exercise.CheckThat(name, $"for the new houses {shown} your function returns {yours?.Length ?? 0} number(s), not one per house", _ => false, hint);
            bool Matches(double spread) => houses.Select((x, i) => Math.Abs(yours[i] - (x - mean) / spread) <= 1e-9).All(ok => ok);
            if (Matches(byN) || Matches(byNMinus1)) continue;
            // Tell a leak apart from other slips: the same house scaled alone must get the same number.
            var alone = Safe(() => scale((double[])train.Clone(), [houses[0]]));
            var leak = alone is { Length: 1 } && Math.Abs(alone[0] - yours[0]) > 1e-9;
            return Exercise.CheckThat(name,
                leak ? $"the house of {Guard.Show(houses[0])} sq ft gets {Guard.Show(yours[0])} when scaled with {shown} but {Guard.Show(alone![0])} when scaled alone"
                     : $"for the new houses {shown} your function returns [{string.Join(", ", yours.Select(v => Guard.Show(Math.Round(v, 4))))}]",
                _ => false, hint);
        }
        return Exercise.CheckThat(name, "your ScaleWithTrainingOnly", _ => true,
            whenCorrect: "your ScaleWithTrainingOnly scales every new house with the training houses' numbers, whatever other houses come with it.");
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

    private static double[]? Safe(Func<double[]> run)
    {
        try
        {
            return run();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null;
        }
    }
}
