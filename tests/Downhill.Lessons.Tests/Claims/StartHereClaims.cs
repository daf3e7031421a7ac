using Downhill.Lessons.Tests.Harness;

namespace Downhill.Lessons.Tests.Claims;

public sealed class StartHereFixture() : LessonFixture("00-start-here");

/// <summary>
/// 00-start-here: the prose's prediction (2.5 × 0.8⁴⁰) is what the ball does; the explorer's special rates do what the
/// prose says; α = 1.1 diverges within the 100 steps the reveal runs, and only after step 40.
/// Reads: firstRun, predictedPosition, landsInOneStep, bouncesForEver, overshootRun, whatHappened, explorerSteps,
/// steps.
/// </summary>
public sealed class StartHereClaims(StartHereFixture lesson) : IClassFixture<StartHereFixture>
{
    [Fact]
    public void Ball_ends_where_the_prediction_says_within_a_thousandth_of_the_bottom()
    {
        var run = lesson.Get<Trajectory>("firstRun");
        var predicted = lesson.Get<double>("predictedPosition");
        Assert.Equal(2.5 * Math.Pow(0.8, 40), predicted, 12);
        Assert.Equal(predicted, run.Final[0], 12);
        Assert.InRange(Math.Abs(run.Final[0]), 0, 0.001);
    }

    [Fact]
    public void First_run_is_close_but_reports_its_step_limit_as_the_prose_explains()
    {
        var run = lesson.Get<Trajectory>("firstRun");
        Assert.Equal(RunOutcome.StepLimitReached, run.Outcome);
        Assert.Equal(40, run.Steps);
    }

    [Fact]
    public void Half_lands_in_one_step_and_two_over_L_bounces_between_the_start_and_its_mirror()
    {
        var one = lesson.Get<Trajectory>("landsInOneStep");
        Assert.Equal(RunOutcome.Converged, one.Outcome);
        Assert.Equal(1, one.Steps);
        Assert.Equal(0, one.Final[0]);
        var bounce = lesson.Get<Trajectory>("bouncesForEver");
        Assert.Equal(RunOutcome.StepLimitReached, bounce.Outcome);
        Assert.Equal(40, bounce.Steps);
        Assert.All(bounce.Positions.Select((p, k) => (p[0], k)), pk => Assert.Equal(pk.k % 2 == 0 ? 2.5 : -2.5, pk.Item1));
    }

    [Fact]
    public void Alpha_one_point_one_diverges_at_step_71_within_the_100_steps_run_but_not_within_40()
    {
        var run = lesson.Get<Trajectory>("overshootRun");
        Assert.Equal(RunOutcome.Diverged, run.Outcome);
        Assert.Equal(71, run.DivergedAtStep);
        Assert.Equal("diverges", lesson.Get<string>("whatHappened"));
        // What the reveal says about step 40: far away, Q ≈ 1.4e7, below the 1e12 bound (so a 40-step run only hits its limit).
        Assert.Equal(2.5 * Math.Pow(1.2, 40), Math.Abs(run.Positions[40][0]), 6);
        Assert.InRange(run.Losses[40], 1.3e7, 1.4e7);
        Assert.Equal(RunOutcome.StepLimitReached, Descent.Run(Landscape.Parabola(), new GradientDescent(1.1), [2.5], 40).Outcome);
    }

    [Fact]
    public void The_explorer_keeps_its_steps_modest() => Assert.Equal(40, lesson.Get<int>("explorerSteps"));

    [Fact]
    public async Task Writing_one_step_is_graded_by_behaviour() =>
        await ExerciseChecks.WriteItIsGradedByBehaviour("00-start-here", "00.1", "Step",
            right: "double Step(double x, double alpha) => x - alpha * 2 * x;",
            wrong: "double Step(double x, double alpha) => x + alpha * 2 * x;",
            secret: "alpha * 2");

    [Fact]
    public void Exercises_start_wrong_and_give_a_hint() => ExerciseChecks.StartWrongWithAHint(lesson.Run);

    [Fact]
    public void The_explorer_ends_the_first_run_in_the_words_the_run_itself_prints()
    {
        var run = lesson.Get<Trajectory>("firstRun");
        Assert.Equal("step limit reached after 40 steps", run.Ending);
        Assert.StartsWith(run.Ending + ":", run.Message);
        var explorer = lesson.Run.Figure("Learning-rate explorer").ToJsonString();
        Assert.Contains("status: " + run.Ending, explorer);
        Assert.DoesNotContain("still crawling", explorer);
    }

    [Fact]
    public void The_try_it_note_names_the_steps_knob_as_it_starts_and_the_most_it_takes()
    {
        var note = lesson.Run.Markdown("**Try it.**");
        Assert.DoesNotContain("the knob allows", note);
        Assert.Contains($"with the {lesson.Get<int>("steps")} steps the `steps` knob starts with (it takes up to 5,000)", note.ReplaceLineEndings(" "));
        Assert.Contains("most: 5000", lesson.Run.Result.Notebook.Cells.Single(c => c.Source.Contains("steps = Knob.Count(")).Source);
    }

    [Fact]
    public void The_lesson_table_gives_each_lesson_the_minutes_the_instructors_guide_gives_it()
    {
        var table = lesson.Run.Markdown("| notebook | the one idea | minutes |");
        var guide = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "instructor-guide.md"));
        var inGuide = System.Text.RegularExpressions.Regex.Matches(guide, @"^## (\d\d) · .* — (\d+) minutes$", System.Text.RegularExpressions.RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        var inTable = System.Text.RegularExpressions.Regex.Matches(table, @"^\| `(\d\d)-[^`]*` \|.*\| (\d+) \|$", System.Text.RegularExpressions.RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.Equal(LessonCatalog.All.Count, inGuide.Count);
        Assert.Equal(inGuide.OrderBy(p => p.Key), inTable.OrderBy(p => p.Key));
    }
}
