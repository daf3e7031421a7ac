namespace Downhill.Lessons.Tests.Harness;

/// <summary>What every lesson's exercises must show, and how a test finds one exercise's feedback.</summary>
public static class ExerciseChecks
{
    /// <summary>
    /// True for the feedback of an exercise check ("✓ Correct: …" or "✗ Not yet: …"); false for anything else,
    /// including a prediction's reveal, which teaches whatever was predicted and is not an exercise.
    /// </summary>
    public static bool IsExerciseFeedback(string text) =>
        (text.StartsWith("✓ Correct:", StringComparison.Ordinal) || text.StartsWith("✗ Not yet:", StringComparison.Ordinal))
        && !text.Contains("you predicted", StringComparison.Ordinal)
        && !text.Contains("You recorded no prediction", StringComparison.Ordinal);

    /// <summary>Every exercise feedback the run showed, in order.</summary>
    public static IReadOnlyList<string> Feedback(LessonRun run) => run.ShownTexts.Where(IsExerciseFeedback).ToList();

    /// <summary>The one feedback for the exercise named <paramref name="exercise"/> (as the check names it, e.g. "03.2").</summary>
    public static string FeedbackFor(LessonRun run, string exercise)
    {
        var found = Feedback(run).Where(t => t.Contains($" {exercise} — ", StringComparison.Ordinal)).ToList();
        Assert.True(found.Count == 1, $"{run.Lesson} should show one feedback for exercise {exercise}; it shows {found.Count}: {string.Join(" | ", Feedback(run))}");
        return found[0];
    }

    /// <summary>
    /// The placeholder answers are wrong on purpose ("change this"), so a fresh run shows each exercise's
    /// check saying "Not yet" with its hint — proof the checks can fail and that no answer is given away.
    /// </summary>
    public static void StartWrongWithAHint(LessonRun run)
    {
        var feedback = Feedback(run);
        Assert.InRange(feedback.Count, 2, 6);
        Assert.All(feedback, text =>
        {
            Assert.StartsWith("✗ Not yet:", text);
            Assert.Contains("Hint:", text);
        });
    }

    /// <summary>
    /// A "write it" exercise graded by behaviour, both ways: with <paramref name="right"/> in place of the student's
    /// declaration of <paramref name="name"/> the check says Correct; with <paramref name="wrong"/> it says Not yet,
    /// with a hint, and the hint does not contain <paramref name="secret"/> (the answer's telling piece) when given.
    /// </summary>
    public static async Task WriteItIsGradedByBehaviour(string lesson, string exercise, string name, string right, string wrong, string? secret = null)
    {
        using (var good = await LessonRun.StartAsync(lesson, editCell: s => AnswerKey.Replace(s, name, right)))
        {
            Assert.Empty(good.Errors);
            Assert.StartsWith("✓ Correct:", FeedbackFor(good, exercise));
        }
        using var bad = await LessonRun.StartAsync(lesson, editCell: s => AnswerKey.Replace(s, name, wrong));
        Assert.Empty(bad.Errors);
        var feedback = FeedbackFor(bad, exercise);
        Assert.StartsWith("✗ Not yet:", feedback);
        Assert.Contains("Hint:", feedback);
        if (secret is not null) Assert.DoesNotContain(secret, feedback);
    }
}
