using Downhill.Notebooks.Documents;
using Downhill.Notebooks.Execution;
using Downhill.Notebooks.Parameters;

namespace Downhill.Lessons.Tests.Harness;

/// <summary>
/// One lesson executed cell by cell in a live <see cref="CSharpSession"/> that stays open afterwards,
/// so tests can read the values the prose talks about (<c>slowRun</c>, <c>scaledRun</c> …) straight
/// from the session. Stops at the first failing cell, like "Run All".
/// </summary>
public sealed class LessonRun : IDisposable
{
    private readonly CSharpSession session;

    private LessonRun(string lesson, CSharpSession session, IReadOnlyList<CellRun> cells)
    {
        Lesson = lesson;
        this.session = session;
        Cells = cells;
    }

    public string Lesson { get; }

    /// <summary>Every code cell that ran, in order, with its outputs.</summary>
    public IReadOnlyList<CellRun> Cells { get; }

    public IEnumerable<CellError> Errors => Cells.SelectMany(c => c.Outputs).OfType<CollectedOutput.ErrorOutput>().Select(e => e.Error);

    /// <summary>Everything the cells printed to stdout and stderr, joined.</summary>
    public string ConsoleText => string.Concat(Cells.SelectMany(c => c.Outputs).OfType<CollectedOutput.StreamOutput>().Select(s => s.Text));

    /// <summary>The plain-text form of every cell result and display, in order.</summary>
    public IEnumerable<string> ShownTexts => Cells.SelectMany(c => c.Outputs).Select(o => o switch
    {
        CollectedOutput.ResultOutput r => r.Bundle.Text,
        CollectedOutput.DisplayOutput d => d.Bundle.Text,
        _ => null,
    }).OfType<string>();

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
        var session = new CSharpSession(new SessionOptions
        {
            WorkingDirectory = RepositoryPaths.Notebooks,
            CellTimeout = TimeSpan.FromSeconds(90),
        });
        var cells = new List<CellRun>();
        foreach (var cell in notebook.Cells.Where(c => c.Kind == CellKind.Code))
        {
            var sink = new CollectingSink();
            var cellName = $"cell {notebook.Cells.IndexOf(cell) + 1}";
            var source = editCell is null ? cell.Source : editCell(cell.Source);
            var result = await session.ExecuteAsync(source, cellName, sink, TestContext.Current.CancellationToken);
            cells.Add(new CellRun(cellName, source, result, sink.Outputs));
            if (!result.Succeeded) break;
        }
        return new LessonRun(lesson, session, cells);
    }

    public void Dispose() => session.Dispose();
}

/// <summary>One code cell's run: its source, how it ended and what it showed.</summary>
public sealed record CellRun(string Name, string Source, ExecutionResult Result, IReadOnlyList<CollectedOutput> Outputs);
