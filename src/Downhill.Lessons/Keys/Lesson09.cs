namespace Downhill;

/// <summary>
/// The answer keys of lesson 09 (neural-network landscapes): each check computes its answer or grades code by what it does,
/// so nothing of the answer sits in the notebook, and a wrong answer gets a hint that points at the idea.
/// </summary>
public static class Lesson09
{
    /// <summary>09.1 — the orderings of an MLP 2-6-1's hidden units that leave its function unchanged.</summary>
    public static Feedback CheckHiddenUnitOrderings(double answer) =>
        Exercise.CheckNumber("09.1", answer, expected: Enumerable.Range(1, 6).Aggregate(1.0, (f, k) => f * k), tolerance: 0,
            hint: "any unit can go first, any of the rest second, and so on: count the ways to line the units up.");

    /// <summary>
    /// 09.2 — the student's filter normalisation: each block of <c>blockSize</c> entries of the direction rescaled to the length
    /// of the matching block of the weights. Graded on 30 seeded random cases (with zero blocks among them) against plain loops.
    /// </summary>
    public static Feedback CheckFilterNormalize(Func<double[], double[], int, double[]> filterNormalize)
    {
        var check = new WriteIt("09.2",
            "work one block at a time: the block's own length and the matching weights' length, then multiply the block by their ratio.");
        if (check.Refuse(filterNormalize) is { } refused) return refused;
        var random = new Random(9);
        for (var trial = 0; trial < 30; trial++)
        {
            var blockSize = 1 + trial % 4;
            var blocks = 1 + trial % 5;
            var direction = Enumerable.Range(0, blockSize * blocks).Select(_ => random.NextDouble() * 4 - 2).ToArray();
            var weights = Enumerable.Range(0, blockSize * blocks).Select(_ => random.NextDouble() * 6 - 3).ToArray();
            if (trial % 7 == 3) Array.Clear(direction, 0, blockSize); // a block of zeros must stay zero
            var expected = (double[])direction.Clone();
            for (var b = 0; b < blocks; b++)
            {
                double own = 0, drawn = 0;
                for (var i = b * blockSize; i < (b + 1) * blockSize; i++) { own += weights[i] * weights[i]; drawn += direction[i] * direction[i]; }
                var scale = drawn == 0 ? 0 : Math.Sqrt(own / drawn);
                for (var i = b * blockSize; i < (b + 1) * blockSize; i++) expected[i] = direction[i] * scale;
            }
            if (!check.TryRun(() => filterNormalize((double[])direction.Clone(), (double[])weights.Clone(), blockSize),
                    $"with blocks of {blockSize},", out var theirs, out var failed))
                return failed;
            if (theirs is null || theirs.Length != expected.Length)
                return check.NotYet($"your function should return {expected.Length} numbers; it returned {theirs?.Length.ToString() ?? "null"}.");
            for (var i = 0; i < expected.Length; i++)
                if (!(Math.Abs(theirs[i] - expected[i]) <= 1e-9 * Math.Max(1, Math.Abs(expected[i]))))
                    return check.NotYet(FormattableString.Invariant(
                        $"with blocks of {blockSize}, entry {i} of your result is {Guard.Show(theirs[i])}, which does not give its block the length of the matching weights."));
        }
        return check.Correct("every block of your direction has the length of its unit's weights, on 30 random cases.");
    }

    /// <summary>09.3 — the negative eigenvalues of the Hessian of an all-zero MLP 2-5-1 (tanh) on the lesson's moons.</summary>
    public static Feedback CheckNegativeEigenvaluesAtZero(int answer, Dataset moons)
    {
        Guard.NotNull(moons, "the moons");
        var network = new Mlp([2, 5, 1], Activation.Tanh, Initialization.Zeros);
        double[] Gradient(double[] w) { network.SetParameters(w); return network.Gradient(moons); }
        var negative = Curvature.Eigenvalues(Hessian.Of(Gradient, new double[network.Parameters.Length])).Count(e => e < -1e-6);
        return Exercise.CheckNumber("09.3", answer, expected: negative, tolerance: 0,
            hint: "at zero each hidden unit pairs its incoming weights with its outgoing weight; in the 2-3-1 case, how many negative curvatures came per unit?");
    }
}
