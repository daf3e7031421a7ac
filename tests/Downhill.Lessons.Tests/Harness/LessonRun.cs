using Downhill.Notebooks.Documents;
using Downhill.Notebooks.CellExecution;
using Downhill.Notebooks.Parameters;
using Downhill.Notebooks.NotebookRuns;

namespace Downhill.Lessons.Tests.Harness;

/// <summary>
/// One lesson run top to bottom by the same runner as <c>downhill run</c> (<see cref="NotebookRunner"/>), in a
/// session that stays open afterwards, so tests can read the values the prose talks about (<c>slowRun</c>,
/// <c>scaledRun</c> …) straight from it. Stops at the first failing cell, like "Run All".
/// </summary>
public sealed class LessonRun : IDisposable
{
    private readonly CSharpSession session;

    private LessonRun(string lesson, CSharpSession session, NotebookRunResult result)
    {
        Lesson = lesson;
        this.session = session;
        Result = result;
    }

    public string Lesson { get; }

    /// <summary>The runner's result: the executed notebook, with every cell's outputs as it would be saved.</summary>
    public NotebookRunResult Result { get; }

    private IEnumerable<CellOutput> Outputs => Result.Notebook.Cells.SelectMany(c => c.Outputs);

    /// <summary>Every error output, as "name: message".</summary>
    public IEnumerable<string> Errors => Outputs.OfType<ErrorOutput>().Select(e => $"{e.Name}: {e.Value}");

    /// <summary>Everything the cells printed to stdout and stderr, joined.</summary>
    public string ConsoleText => string.Concat(Outputs.OfType<StreamOutput>().Select(s => s.Text));

    /// <summary>The plain-text form of every cell result and display, in order.</summary>
    public IEnumerable<string> ShownTexts => Outputs.Select(o => o switch
    {
        ExecuteResultOutput r => r.Data.Text("text/plain"),
        DisplayDataOutput d => d.Data.Text("text/plain"),
        _ => null,
    }).OfType<string>();

    /// <summary>Every Plotly figure the lesson showed, in order, as parsed JSON ({data, layout, frames, config}).</summary>
    public IReadOnlyList<System.Text.Json.Nodes.JsonObject> Figures => Outputs.Select(o => o switch
    {
        DisplayDataOutput d => d.Data.Text("application/vnd.plotly.v1+json"),
        ExecuteResultOutput r => r.Data.Text("application/vnd.plotly.v1+json"),
        _ => null,
    }).OfType<string>().Select(json => (System.Text.Json.Nodes.JsonObject)System.Text.Json.Nodes.JsonNode.Parse(json)!).ToList();

    /// <summary>The one figure whose title starts with <paramref name="titleStart"/>; fails the test when there is not exactly one.</summary>
    public System.Text.Json.Nodes.JsonObject Figure(string titleStart) =>
        Assert.Single(Figures, f => (f["layout"]?["title"]?["text"]?.GetValue<string>() ?? "").StartsWith(titleStart, StringComparison.Ordinal));

    /// <summary>The one markdown cell that contains <paramref name="words"/>, as written.</summary>
    public string Markdown(string words) =>
        Assert.Single(Result.Notebook.Cells, c => c.Kind == CellKind.Markdown && c.Source.Contains(words, StringComparison.Ordinal)).Source;

    /// <summary>A variable the lesson computed; fails the test with the lesson's name when it is missing or of another type.</summary>
    public T Get<T>(string name)
    {
        var value = session.GetVariable(name);
        Assert.True(value is T, $"{Lesson} should define {name} as {typeof(T).Name}; it is {value?.GetType().Name ?? "missing"}.");
        return (T)value!;
    }

    /// <summary>
    /// Runs <paramref name="lesson"/> top to bottom in a fresh session, with optional "-p" style overrides and an
    /// optional edit of each code cell's source (what a student typing into a cell would do).
    /// </summary>
    public static async Task<LessonRun> StartAsync(string lesson, IReadOnlyList<ParameterOverride>? overrides = null,
        Func<string, string>? editCell = null)
    {
        NotebookFolder.Enter();
        var notebook = NotebookFile.Read(LessonCatalog.PathOf(lesson));
        ParameterInjector.Inject(notebook, overrides ?? [], lesson);
        if (editCell is not null)
            foreach (var cell in notebook.Cells.Where(c => c.Kind == CellKind.Code))
                cell.Source = editCell(cell.Source);
        var options = new NotebookRunOptions { WorkingDirectory = RepositoryPaths.Notebooks, CellTimeout = TimeSpan.FromSeconds(90) };
        var session = NotebookRunner.CreateSession(options);
        var result = await NotebookRunner.RunAsync(notebook, session, options, TestContext.Current.CancellationToken);
        return new LessonRun(lesson, session, result);
    }

    public void Dispose() => session.Dispose();
}
