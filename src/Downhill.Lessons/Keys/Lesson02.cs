namespace Downhill;

/// <summary>
/// The checks for 02-update-rule's exercises. The answers live here, not in the notebook, so none is on screen;
/// a wrong answer gets a hint that points at the idea.
/// </summary>
public static class Lesson02
{
    /// <summary>02.1 — on Q(w) = (w − 3)² with α = 0.1, one step from w = 5.</summary>
    public static Feedback CheckNextW(double answer) =>
        Exercise.CheckNumber("02.1", answer, expected: 5 - 0.1 * 2 * (5 - 3), tolerance: 1e-9,
            hint: "work out the slope 2(w − 3) at w = 5, then move by −α times it.");

    /// <summary>02.2 — the central difference (Q(2.01) − Q(1.99)) / 0.02 of Q(w) = w³.</summary>
    public static Feedback CheckCentralDifference(double answer) =>
        Exercise.CheckNumber("02.2", answer, expected: (Math.Pow(2.01, 3) - Math.Pow(1.99, 3)) / 0.02, tolerance: 1e-6,
            hint: "work out 2.01³ and 1.99³, subtract, divide by 0.02 — it should land close to the calculus answer 3w² at w = 2, but not exactly on it.");

    /// <summary>02.3 — the gradient is −6: does descent make w bigger or smaller?</summary>
    public static Feedback CheckDirection(string answer) =>
        Exercise.CheckChoice("02.3", answer, expected: "bigger", options: ["bigger", "smaller"],
            hint: "the step is −α·∇Q; what is minus a negative number?");

    private const string LoopHint =
        "start from θ = (0, 0); in each iteration compute both partial derivatives from the same θ (average over the m examples: the 1/m), " +
        "then change θ₀ and θ₁ together by −α times their own derivative; repeat exactly `iterations` times.";

    /// <summary>
    /// 02.4 — write it: the loop of batch gradient descent on J(θ₀, θ₁) = (1/2m)Σ(θ₀ + θ₁x − y)², from θ = (0, 0). Tested by
    /// behaviour on data it has not seen: one iteration must be exactly one simultaneous step (both partial derivatives
    /// from the same θ), and many iterations must reach the least-squares line.
    /// </summary>
    public static Feedback CheckGradientDescentOnJ(Func<double[], double[], double, int, (double Theta0, double Theta1)> descend)
    {
        var check = new WriteIt("02.4", LoopHint);
        if (check.Refuse(descend) is { } refused) return refused;
        var random = new Random(2);
        var x = Enumerable.Range(0, 50).Select(_ => 4 * random.NextDouble() - 2).ToArray();
        var y = x.Select(v => 4 - 1.5 * v + Gaussian.Next(random)).ToArray();
        var m = x.Length;

        // One simultaneous step from (0, 0): both derivatives at θ = (0, 0), where h(x) − y = −y.
        const double alpha = 0.3;
        var step = (Theta0: -alpha * (-y.Sum() / m), Theta1: -alpha * (-x.Zip(y, (a, b) => a * b).Sum() / m));
        if (!TryRun(check, descend, x, y, alpha, 1, out var one, out var failed)) return failed;
        if (!Close(one.Theta0, step.Theta0, 1e-9) || !Close(one.Theta1, step.Theta1, 1e-9))
            return check.NotYet("after one iteration from θ = (0, 0), your θ is not one step of the update rule.");

        var exact = LeastSquares.Solve(x.Select(v => new[] { v }).ToArray(), y);
        if (!TryRun(check, descend, x, y, alpha, 500, out var many, out failed)) return failed;
        if (!Close(many.Theta0, exact.Intercept, 1e-6) || !Close(many.Theta1, exact.Weights[0], 1e-6))
            return check.NotYet("after 500 iterations with α = 0.3, your θ is not yet the least-squares line.");
        return check.Correct("one iteration is exactly one step of the update rule, and 500 reach the least-squares line to six digits.");
    }

    private static bool TryRun(WriteIt check, Func<double[], double[], double, int, (double Theta0, double Theta1)> descend,
        double[] x, double[] y, double alpha, int iterations, out (double Theta0, double Theta1) theta, out Feedback failed)
    {
        var where = $"with {iterations} iteration{(iterations == 1 ? "" : "s")},";
        if (!check.TryRun(() => descend((double[])x.Clone(), (double[])y.Clone(), alpha, iterations), where, out theta, out failed))
            return false;
        if (double.IsFinite(theta.Theta0) && double.IsFinite(theta.Theta1)) return true;
        failed = check.NotYet($"{where} your θ is not a finite number (NaN or ∞): did the steps blow up?");
        return false;
    }

    private static bool Close(double got, double expected, double relative) =>
        Math.Abs(got - expected) <= relative * Math.Max(1, Math.Abs(expected));
}
