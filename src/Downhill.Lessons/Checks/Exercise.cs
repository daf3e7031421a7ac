using System.Globalization;

namespace Downhill;

/// <summary>
/// Checks a student's answer in a notebook and returns friendly <see cref="Feedback"/>, offline, with no
/// grader: <c>Exercise.CheckNumber("03.1", alpha, expected: 0.5, tolerance: 0.05, hint: "2/L with L = 4")</c>.
/// A wrong answer never throws — it gets "✗ Not yet" and the hint. Only a malformed check (a NaN
/// tolerance, an expected choice missing from the options…) throws, because that is the notebook's bug.
/// </summary>
public static class Exercise
{
    /// <summary>
    /// Checks a number: correct when it is within <paramref name="tolerance"/> of <paramref name="expected"/>
    /// (a difference exactly equal to the tolerance counts, despite floating-point rounding). A wrong answer is
    /// told whether it is too high or too low, never the answer itself.
    /// </summary>
    /// <param name="exercise">The exercise's number or short name, e.g. "03.1" or "the largest stable α".</param>
    /// <param name="answer">The student's number.</param>
    /// <param name="expected">The right answer.</param>
    /// <param name="tolerance">How far off still counts as right (0 for exact), a finite number ≥ 0.</param>
    /// <param name="hint">Shown when the answer is not yet right.</param>
    public static Feedback CheckNumber(string exercise, double answer, double expected, double tolerance, string? hint = null)
    {
        CheckName(exercise);
        if (!double.IsFinite(expected))
            throw new ArgumentException($"The check for \"{exercise}\" needs a finite expected answer; got {Show(expected)}.");
        if (!double.IsFinite(tolerance) || tolerance < 0)
            throw new ArgumentException($"The check for \"{exercise}\" needs a tolerance that is a finite number ≥ 0; got {Show(tolerance)}.");

        if (!double.IsFinite(answer)) return NotFinite(exercise, answer, hint);
        if (Within(answer, expected, tolerance))
            return new Feedback(exercise, true,
                tolerance == 0 ? $"{Show(answer)} is exactly right." : $"{Show(answer)} is within ±{Show(tolerance)} of the answer.", hint);
        return new Feedback(exercise, false, $"{Show(answer)} is too {(answer > expected ? "high" : "low")}.", hint);
    }

    /// <summary>
    /// Checks a choice — a string, an enum value such as <c>RunOutcome.Diverged</c>, a number of steps… Strings
    /// are compared ignoring case and surrounding spaces. With <paramref name="options"/>, an answer that is not
    /// one of them is told so and shown the options.
    /// </summary>
    public static Feedback CheckChoice<T>(string exercise, T answer, T expected, IEnumerable<T>? options = null, string? hint = null)
    {
        CheckName(exercise);
        if (expected is null)
            throw new ArgumentException($"The check for \"{exercise}\" needs an expected answer; got null.");
        var comparer = Comparer<T>();
        var choices = options?.ToList();
        if (choices is not null)
        {
            if (choices.Count == 0)
                throw new ArgumentException($"The check for \"{exercise}\" has an empty list of options.");
            if (!choices.Contains(expected, comparer))
                throw new ArgumentException($"The check for \"{exercise}\" expects {Quote(expected)}, which is not among its options: {List(choices)}.");
        }

        if (answer is null || answer is string { Length: 0 } || (answer is string s && string.IsNullOrWhiteSpace(s)))
            return new Feedback(exercise, false, "there is no answer yet.", hint);
        if (comparer.Equals(answer, expected))
            return new Feedback(exercise, true, $"{Quote(answer)} is right.", hint);
        if (choices is not null && !choices.Contains(answer, comparer))
            return new Feedback(exercise, false, $"{Quote(answer)} is not one of the options: {List(choices)}.", hint);
        return new Feedback(exercise, false, $"{Quote(answer)} is not it.", hint);
    }

    /// <summary>
    /// Checks any answer with a rule, e.g. that a learning rate makes a run converge:
    /// <c>Exercise.CheckThat("03.4", alpha, a =&gt; Descent.Run(…, new GradientDescent(a), …).Outcome == RunOutcome.Converged, hint: "…")</c>.
    /// If the rule itself fails on the answer (throws), the answer is not yet right and the reason is shown.
    /// </summary>
    /// <param name="exercise">The exercise's number or short name.</param>
    /// <param name="answer">The student's answer.</param>
    /// <param name="isCorrect">The rule a right answer satisfies.</param>
    /// <param name="hint">Shown when the answer is not yet right.</param>
    /// <param name="whenCorrect">The sentence for a right answer; "… does the job." by default.</param>
    public static Feedback CheckThat<T>(string exercise, T answer, Func<T, bool> isCorrect, string? hint = null, string? whenCorrect = null)
    {
        CheckName(exercise);
        if (isCorrect is null)
            throw new ArgumentException($"The check for \"{exercise}\" needs a rule to test the answer with; got null.");
        bool correct;
        try
        {
            correct = isCorrect(answer);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new Feedback(exercise, false, $"checking {Quote(answer)} failed: {e.Message}", hint);
        }
        return correct
            ? new Feedback(exercise, true, whenCorrect ?? $"{Quote(answer)} does the job.", hint)
            : new Feedback(exercise, false, $"{Quote(answer)} does not do it yet.", hint);
    }

    /// <summary>|answer − expected| ≤ tolerance, where rounding that makes |0.55 − 0.5| a hair above 0.05 still counts.</summary>
    private static bool Within(double answer, double expected, double tolerance) =>
        Math.Abs(answer - expected) <= tolerance + 1e-12 * Math.Max(Math.Abs(expected), tolerance);

    private static void CheckName(string exercise)
    {
        if (string.IsNullOrWhiteSpace(exercise))
            throw new ArgumentException("An exercise check needs the exercise's number or name, e.g. \"03.1\"; got nothing.");
    }

    private static Feedback NotFinite(string exercise, double answer, string? hint) => new(exercise, false,
        double.IsNaN(answer)
            ? "your answer is NaN (not a number); that often comes from 0/0 or from a run that blew up."
            : $"your answer is {Show(answer)}; that often comes from dividing by zero or from a run that blew up.",
        hint);

    private static IEqualityComparer<T> Comparer<T>() =>
        typeof(T) == typeof(string)
            ? (IEqualityComparer<T>)(object)TrimmedIgnoreCase.Instance
            : EqualityComparer<T>.Default;

    private static string Show(double value) => Guard.Show(value);

    private static string Quote<T>(T value) => value switch
    {
        null => "nothing",
        string s => $"\"{s.Trim()}\"",
        double d => Show(d),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string List<T>(IEnumerable<T> options) => string.Join(", ", options.Select(Quote));

    private sealed class TrimmedIgnoreCase : IEqualityComparer<string>
    {
        public static readonly TrimmedIgnoreCase Instance = new();

        public bool Equals(string? x, string? y) =>
            string.Equals(x?.Trim(), y?.Trim(), StringComparison.OrdinalIgnoreCase);

        public int GetHashCode(string obj) => StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Trim());
    }
}
