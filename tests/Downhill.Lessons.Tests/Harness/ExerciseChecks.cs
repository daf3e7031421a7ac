namespace Downhill.Lessons.Tests.Harness;

/// <summary>What every lesson's exercises must show when run as committed.</summary>
public static class ExerciseChecks
{
    /// <summary>
    /// The placeholder answers are wrong on purpose ("change this"), so a fresh run shows each exercise's
    /// check saying "Not yet" with its hint — proof the checks can fail and that no answer is given away.
    /// </summary>
    public static void StartWrongWithAHint(LessonRun run)
    {
        var feedback = run.ShownTexts.Where(t => t.Contains("Correct", StringComparison.Ordinal) || t.Contains("Not yet", StringComparison.Ordinal)).ToList();
        Assert.InRange(feedback.Count, 2, 4);
        Assert.All(feedback, text =>
        {
            Assert.Contains("Not yet", text);
            Assert.Contains("Hint:", text);
        });
    }
}
