using Downhill.Lessons.Tests.Harness;
using Downhill.Notebooks.Documents;
using Downhill.Notebooks.Parameters;
using Downhill.Notebooks.NotebookRuns;

namespace Downhill.Lessons.Tests;

/// <summary>
/// What every lesson must do, whatever it teaches: run in the kit's runner as `downhill run` runs it, with an
/// executed copy that is valid nbformat 4.5; survive silly knobs (α = 0, −1, NaN, 10⁶; zero steps; a batch larger
/// than the data); and grade the instructor's guide's answers as correct. One derived class per lesson, so the
/// lessons run in parallel (xunit runs test classes side by side, the tests of one class one after another).
/// </summary>
public abstract class LessonSuite(string lesson)
{
    public enum Silly
    {
        ZeroRateAndZeroSteps,
        NegativeRateAndHugeBatch,
        NotANumberRate,
        HugeRate,
    }

    [Fact]
    public async Task Runs_in_the_runner_without_error_output_and_its_executed_copy_is_valid_nbformat()
    {
        var result = await RunAsync([]);

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

    [Theory]
    [InlineData(Silly.ZeroRateAndZeroSteps)]
    [InlineData(Silly.NegativeRateAndHugeBatch)]
    [InlineData(Silly.NotANumberRate)]
    [InlineData(Silly.HugeRate)]
    public async Task Survives_silly_knobs_with_a_sentence_and_its_charts(Silly silly)
    {
        var result = await RunAsync(Overrides(silly));

        Assert.True(result.Succeeded, $"{lesson} with {silly}: {result.Error}");
        var outputs = result.Notebook.Cells.SelectMany(c => c.Outputs).ToList();
        Assert.DoesNotContain(outputs, o => o is ErrorOutput or StreamOutput { Name: "stderr" });
        var printed = Printed(result);
        Assert.DoesNotContain("Exception", printed);
        if (silly != Silly.HugeRate)
            Assert.Contains("alpha = ", printed); // the sentence naming the rejected knob and its stand-in
        if (silly == Silly.ZeroRateAndZeroSteps)
            Assert.All(LessonCatalog.StepKnobs(lesson), knob => Assert.Contains($"{knob} = 0 cannot be used", printed));

        // The charts still draw, and no NaN reaches a figure (plotly.js itself, inlined once, mentions NaN).
        var html = outputs.Select(o => o switch
        {
            DisplayDataOutput d => d.Data.Text("text/html"),
            ExecuteResultOutput r => r.Data.Text("text/html"),
            _ => null,
        }).OfType<string>().ToList();
        Assert.Contains(html, h => h.Contains("Plotly", StringComparison.Ordinal));
        Assert.All(html.Select(WithoutPlotlyLibrary), h => Assert.DoesNotContain("NaN", h));
        var figures = outputs.Select(o => o switch
        {
            DisplayDataOutput d => d.Data.Text("application/vnd.plotly.v1+json"),
            ExecuteResultOutput r => r.Data.Text("application/vnd.plotly.v1+json"),
            _ => null,
        }).OfType<string>().ToList();
        Assert.NotEmpty(figures);
        Assert.All(figures, f => Assert.DoesNotContain("NaN", f));
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

    private List<ParameterOverride> Overrides(Silly silly) => silly switch
    {
        Silly.ZeroRateAndZeroSteps => [new("alpha", "0"), .. LessonCatalog.StepKnobs(lesson).Select(k => new ParameterOverride(k, "0"))],
        Silly.NegativeRateAndHugeBatch => [new("alpha", "-1"), .. LessonCatalog.BatchKnobs(lesson).Select(k => new ParameterOverride(k, "100000"))],
        Silly.NotANumberRate => [new("alpha", "NaN")],
        Silly.HugeRate => [new("alpha", "1e6")],
        _ => throw new ArgumentOutOfRangeException(nameof(silly)),
    };

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

    // plotly.js itself (inlined in the session's first chart, compressed) may spell NaN anywhere; the figures may not.
    private static string WithoutPlotlyLibrary(string html) => Downhill.Notebooks.Pages.PlotlyEmbedding.StripScripts(html);
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
