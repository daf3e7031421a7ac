namespace Downhill;

/// <summary>
/// A prediction the student writes down before the cell that reveals the answer runs — the habit that turns a chart
/// into an experiment. In the student's cell: <c>Prediction.Record("03.a", myPrediction, "converges", "oscillates", "diverges")</c>;
/// in the reveal cell, after the run: <c>Prediction.Reveal("03.a", whatHappened)</c>, which compares the two.
/// </summary>
/// <remarks>
/// Predictions are kept for the life of the notebook's session (a kernel restart forgets them, as it forgets every
/// variable). Recording again replaces the earlier prediction: a student may change their mind before the reveal.
/// </remarks>
public static class Prediction
{
    private static readonly Dictionary<string, string> Recorded = new(StringComparer.Ordinal);
    private static readonly object Gate = new();

    /// <summary>
    /// Records <paramref name="prediction"/> for <paramref name="question"/>. With <paramref name="options"/>, a prediction
    /// must be one of them (case and surrounding spaces ignored). Returns the sentence the cell shows.
    /// </summary>
    public static string Record(string question, string? prediction, params string[] options)
    {
        CheckQuestion(question);
        var answer = prediction?.Trim() ?? "";
        if (answer.Length == 0)
        {
            // An emptied prediction cell takes the earlier prediction back, so the reveal does not compare with it.
            lock (Gate) Recorded.Remove(question);
            return $"✗ No prediction yet for {question}: write one in this cell, run it, then run the next cell.";
        }
        if (options.Length > 0)
        {
            var match = options.FirstOrDefault(o => Same(o, answer));
            if (match is null)
                return $"✗ \"{answer}\" is not one of the choices for {question}: {string.Join(", ", options.Select(o => $"\"{o}\""))}.";
            answer = match;
        }
        lock (Gate) Recorded[question] = answer;
        return $"Recorded your prediction for {question}: \"{answer}\". Now run the next cell.";
    }

    /// <summary>The prediction recorded for <paramref name="question"/>, or null when there is none.</summary>
    public static string? For(string question)
    {
        lock (Gate) return Recorded.TryGetValue(question, out var answer) ? answer : null;
    }

    /// <summary>
    /// Compares the recorded prediction with <paramref name="actual"/>, what the run did. Without a recorded prediction
    /// the answer is still shown — the reveal cell always teaches — but the student is reminded to predict first.
    /// </summary>
    /// <param name="question">The question's name, as given to <see cref="Record"/>.</param>
    /// <param name="actual">What happened, in the words of the choices (e.g. "diverges").</param>
    /// <param name="why">One sentence on why it happened; shown either way.</param>
    public static Feedback Reveal(string question, string actual, string? why = null)
    {
        CheckQuestion(question);
        if (string.IsNullOrWhiteSpace(actual))
            throw new ArgumentException($"The reveal for \"{question}\" needs what happened; got nothing.");
        var because = string.IsNullOrWhiteSpace(why) ? "" : $" {why.Trim()}";
        var predicted = For(question);
        if (predicted is null)
            return new Feedback(question,
                $"the run {actual.Trim()}.{because} (You recorded no prediction: next time write it down first — a guess you wrote teaches more than one you didn't.)",
                lead: "You recorded no prediction yet: write one in the cell above and run it, then run this cell again — a guess you wrote teaches more than one you didn't.",
                folded: $"The run {actual.Trim()}.{because}");
        return Same(predicted, actual)
            ? new Feedback(question, true, $"you predicted \"{predicted}\", and the run {actual.Trim()}.{because}", hint: null)
            : new Feedback(question, false, $"you predicted \"{predicted}\", but the run {actual.Trim()}.{because}", hint: null);
    }

    private static bool Same(string a, string b) =>
        string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static void CheckQuestion(string question)
    {
        if (string.IsNullOrWhiteSpace(question))
            throw new ArgumentException("A prediction needs the question's name, e.g. \"03.a\"; got nothing.");
    }
}
