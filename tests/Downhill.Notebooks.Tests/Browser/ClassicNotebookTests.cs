using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Downhill.Testing;

namespace Downhill.Notebooks.Tests.Browser;

/// <summary>
/// The lessons as a student meets them in Debian's Jupyter Notebook 6 (which loads require.js into every page) with the
/// kit's kernel, in headless Chromium: charts draw after Run All, after saving and reopening and after a restart;
/// a new α changes what a lesson prints and draws; the toolbar's interrupt stops a runaway cell and the session lives on.
/// </summary>
public sealed partial class ClassicNotebookTests(ClassicNotebookSite site) : IClassFixture<ClassicNotebookSite>
{
    private const string LearningRates = "03-learning-rates.ipynb";

    public static TheoryData<string> Lessons() => LessonTheoryData.Files();

    [Theory]
    [MemberData(nameof(Lessons))]
    public async Task Every_chart_draws_after_run_all_after_save_and_reload_and_after_clear_restart_and_run_all(string lesson)
    {
        await site.StartAsync();
        var clock = Stopwatch.StartNew();
        var notebook = await site.OpenAsync(lesson);
        var problems = new List<string>();
        try
        {
            await notebook.RunAllAsync();
            await CheckAsync(notebook, lesson, "Run All", clock, problems);

            await notebook.SaveAsync();
            await notebook.ReloadAsync();
            await CheckAsync(notebook, lesson, "saved and reloaded", clock, problems);

            await notebook.ClearAndRestartAsync();
            await notebook.RunAllAsync();
            await CheckAsync(notebook, lesson, "cleared, restarted, Run All", clock, problems);
        }
        finally
        {
            await notebook.CloseAndHaltAsync();
        }
        Report($"{lesson}: {clock.Elapsed.TotalSeconds:0.0} s");

        Assert.True(problems.Count == 0, string.Join("\n", problems.Append("Console errors: " + string.Join(" | ", notebook.ConsoleErrors))));
    }

    [Fact]
    public async Task A_new_alpha_rerun_from_the_parameters_cell_changes_what_lesson_03_prints_and_draws()
    {
        await site.StartAsync();
        var notebook = await site.OpenAsync(LearningRates);
        try
        {
            await notebook.RunAllAsync();
            var parameters = await notebook.ParametersCellAsync();
            Assert.True(parameters >= 0, $"{LearningRates} has no cell tagged parameters");
            var printedBefore = await notebook.PrintedFromAsync(parameters);
            var chartsBefore = await notebook.ChartsAsync();
            var figuresBefore = await notebook.DrawnFiguresAsync();

            var knobs = await notebook.CellTextAsync(parameters);
            var alpha = AlphaKnob().Match(knobs);
            Assert.True(alpha.Success, $"the parameters cell of {LearningRates} sets no `double alpha = …;`:\n{knobs}");
            var newAlpha = alpha.Groups["value"].Value == "0.6" ? "0.2" : "0.6";
            await notebook.SetCellTextAsync(parameters, AlphaKnob().Replace(knobs, $"double alpha = {newAlpha};", 1));
            await notebook.RunFromAsync(parameters);

            var printedAfter = await notebook.PrintedFromAsync(parameters);
            var chartsAfter = await notebook.ChartsAsync();
            var figuresAfter = await notebook.DrawnFiguresAsync();
            Report($"{LearningRates} α {alpha.Groups["value"].Value} → {newAlpha}: before {chartsBefore}; after {chartsAfter}; " +
                $"{figuresAfter.Except(figuresBefore).Count()} drawn charts changed");

            Assert.True(chartsBefore.AllDrawn, $"before the change: {chartsBefore}");
            Assert.True(chartsAfter.AllDrawn, $"after the change: {chartsAfter}");
            Assert.Empty(await notebook.ErrorOutputsAsync());
            Assert.NotEqual(printedBefore, printedAfter);
            Assert.NotEmpty(figuresAfter.Except(figuresBefore));
        }
        finally
        {
            await notebook.CloseAndHaltAsync();
        }
    }

    [Fact]
    public async Task The_toolbar_interrupt_stops_a_runaway_cell_and_the_kernel_keeps_its_variables()
    {
        await site.StartAsync();
        var notebook = await site.OpenAsync(LearningRates);
        try
        {
            await notebook.RunAllAsync();
            var parameters = await notebook.ParametersCellAsync();
            var alpha = AlphaKnob().Match(await notebook.CellTextAsync(parameters)).Groups["value"].Value;

            var loop = await notebook.AppendCellAsync("while (true) { }");
            await notebook.StartCellAsync(loop);
            await Task.Delay(1000, TestContext.Current.CancellationToken); // well inside the loop, not before it
            await notebook.PressInterruptAsync();
            await notebook.WaitUntilIdleAsync("the interrupted loop to end");
            var question = await notebook.AppendCellAsync("alpha");
            await notebook.RunCellAsync(question);

            Report($"interrupted cell's output: {await notebook.CellOutputTextAsync(loop)}");
            Assert.Equal(double.Parse(alpha, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture), await notebook.CellOutputTextAsync(question));
        }
        finally
        {
            await notebook.CloseAndHaltAsync();
        }
    }

    private static async Task CheckAsync(ClassicNotebookPage notebook, string lesson, string phase, Stopwatch clock, List<string> problems)
    {
        var charts = await notebook.ChartsAsync();
        var errors = await notebook.ErrorOutputsAsync();
        Report($"{lesson}, {phase}: {charts.Drawn}/{charts.Containers} charts drawn, {errors.Length} error outputs (at {clock.Elapsed.TotalSeconds:0.0} s)");
        if (!charts.AllDrawn) problems.Add($"{lesson}, {phase}: {charts}");
        problems.AddRange(errors.Select(e => $"{lesson}, {phase}: error output {e}"));
    }

    private static void Report(string line) => TestContext.Current.TestOutputHelper?.WriteLine(line);

    [GeneratedRegex(@"double alpha = (?<value>[^;]+);")]
    private static partial Regex AlphaKnob();
}
