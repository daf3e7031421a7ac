using Downhill.Lessons.Tests.Harness;
using Downhill.Notebooks.Documents;
using Downhill.Notebooks.Parameters;
using Downhill.Notebooks.NotebookRuns;

namespace Downhill.Lessons.Tests;

/// <summary>
/// What every lesson must do, whatever it teaches: run in the kit's runner as `downhill run` runs it, with an
/// executed copy that is valid nbformat 4.5; take any value in every knob (<see cref="KnobSweep"/>); and grade the instructor's guide's answers as correct. One derived class per lesson, so the
/// lessons run in parallel (xunit runs test classes side by side, the tests of one class one after another).
/// </summary>
public abstract class LessonSuite(string lesson)
{
    [Fact]
    public async Task Runs_in_the_runner_without_error_output_and_its_executed_copy_is_valid_nbformat()
    {
        var (result, _) = await DefaultRuns.Of(lesson, () => RunAsync([]));

        Assert.True(result.Succeeded, $"{lesson}: {result.Status}: {result.Error}");
        Assert.Equal(result.CodeCells, result.CellsRun);
        var code = result.Notebook.Cells.Where(c => c.Kind == CellKind.Code).ToList();
        Assert.All(code, cell => Assert.DoesNotContain(cell.Outputs, o => o is ErrorOutput or StreamOutput { Name: "stderr" }));
        Assert.All(code, cell => Assert.NotNull(cell.ExecutionCount));
        Assert.DoesNotContain("cannot be used", Printed(result)); // the default knobs are all sensible

        var executed = Path.Combine(RepositoryPaths.NewTempFolder("lesson-run"), lesson + ".ipynb");
        NotebookFile.Write(result.Notebook, executed);
        Assert.Null(Nbformat.Problems(executed));
    }

    /// <summary>
    /// The promise of every parameters cell: any value typed into any knob leaves every cell running. Each kind of
    /// awkward value (−1, 0, 10⁶ or 100,000, ±1e200 or ±int.MaxValue, NaN) goes into every knob of the lesson at once;
    /// the lesson runs top to bottom without an error, each knob it did not use as typed says what it used instead, no
    /// figure holds NaN or Infinity, and the run takes at most a few times as long as the lesson with its own knobs
    /// (a huge step count is capped, not run for an hour).
    /// </summary>
    [Theory]
    [InlineData(KnobSweep.Typed.MinusOne)]
    [InlineData(KnobSweep.Typed.Zero)]
    [InlineData(KnobSweep.Typed.OffEveryDrawnRange)]
    [InlineData(KnobSweep.Typed.Huge)]
    [InlineData(KnobSweep.Typed.HugeNegative)]
    [InlineData(KnobSweep.Typed.NotANumber)]
    public async Task Every_knob_takes_any_value_with_a_sentence_and_every_cell_and_chart_still_works(KnobSweep.Typed typed)
    {
        var (_, usual) = await DefaultRuns.Of(lesson, () => RunAsync([]));
        var overrides = KnobSweep.Overrides(lesson, typed);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var run = await LessonRun.StartAsync(lesson, overrides);
        var took = clock.Elapsed;

        var result = run.Result;
        Assert.True(result.Succeeded, $"{lesson} with every knob {typed}: {result.Status}: {result.Error}");
        Assert.Equal(result.CodeCells, result.CellsRun);
        Assert.DoesNotContain(result.Notebook.Cells.SelectMany(c => c.Outputs), o => o is ErrorOutput or StreamOutput { Name: "stderr" });
        Assert.DoesNotContain("Exception", run.ConsoleText);
        KnobSweep.EachAdjustedKnobSaysWhatItUsed(run, overrides);
        KnobSweep.NoFigureHoldsANonFiniteNumber(run);
        var budget = 4 * usual + TimeSpan.FromSeconds(30);
        Assert.True(took <= budget, $"{lesson} with every knob {typed} took {took.TotalSeconds:0} s; with its own knobs {usual.TotalSeconds:0} s (budget {budget.TotalSeconds:0} s).");
    }

    [Fact]
    public async Task Grades_every_answer_in_the_instructors_guide_correct()
    {
        var answers = AnswerKey.For(lesson);
        Assert.InRange(answers.Count, 2, 6);

        using var run = await LessonRun.StartAsync(lesson, editCell: source => AnswerKey.Fill(source, answers));

        Assert.Empty(run.Errors);
        var feedback = ExerciseChecks.Feedback(run);
        Assert.Equal(answers.Count, feedback.Count);
        Assert.All(feedback, text => Assert.StartsWith("✓ Correct:", text));
    }

    /// <summary>Runs the lesson as `downhill run -p …` does: injected parameters, the kit's runner, the notebook's folder.</summary>
    private async Task<NotebookRunResult> RunAsync(IReadOnlyList<ParameterOverride> overrides)
    {
        NotebookFolder.Enter();
        var notebook = NotebookFile.Read(LessonCatalog.PathOf(lesson));
        ParameterInjector.Inject(notebook, overrides, lesson);
        return await NotebookRunner.RunAsync(notebook, new NotebookRunOptions { WorkingDirectory = RepositoryPaths.Notebooks },
            TestContext.Current.CancellationToken);
    }

    private static string Printed(NotebookRunResult result) =>
        string.Concat(result.Notebook.Cells.SelectMany(c => c.Outputs).OfType<StreamOutput>().Select(s => s.Text));
}

public sealed class StartHereSuite() : LessonSuite("00-start-here");
public sealed class LossFunctionsSuite() : LessonSuite("01-loss-functions");
public sealed class UpdateRuleSuite() : LessonSuite("02-update-rule");
public sealed class LearningRatesSuite() : LessonSuite("03-learning-rates");
public sealed class LocalMinimaSuite() : LessonSuite("04-local-minima");
public sealed class SgdVsAdamSuite() : LessonSuite("05-sgd-vs-adam");
public sealed class FeatureScalingSuite() : LessonSuite("06-feature-scaling");
public sealed class TrainVsTestSuite() : LessonSuite("07-train-vs-test");
public sealed class BackpropagationSuite() : LessonSuite("08-backpropagation");
public sealed class NetworkLandscapesSuite() : LessonSuite("09-neural-network-landscapes");
