using System.Collections.Concurrent;
using System.Diagnostics;
using Downhill.Notebooks.NotebookRuns;

namespace Downhill.Lessons.Tests.Harness;

/// <summary>
/// Each lesson's run with its own knobs, once per test run, with how long it took: the suite's first test checks it,
/// and the knob sweep measures its runs against it.
/// </summary>
public static class DefaultRuns
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<(NotebookRunResult Result, TimeSpan Took)>>> Runs = new();

    public static Task<(NotebookRunResult Result, TimeSpan Took)> Of(string lesson, Func<Task<NotebookRunResult>> run) =>
        Runs.GetOrAdd(lesson, _ => new Lazy<Task<(NotebookRunResult, TimeSpan)>>(async () =>
        {
            var clock = Stopwatch.StartNew();
            var result = await run();
            return (result, clock.Elapsed);
        })).Value;
}
