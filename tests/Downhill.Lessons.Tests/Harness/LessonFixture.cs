namespace Downhill.Lessons.Tests.Harness;

/// <summary>
/// Runs one lesson once, with its own default knobs, for all the claim tests of that lesson
/// (an xunit class fixture). Each lesson's claim class derives its fixture from this.
/// </summary>
public abstract class LessonFixture(string lesson) : IAsyncLifetime
{
    private LessonRun? run;

    public LessonRun Run => run ?? throw new InvalidOperationException($"{lesson} has not run yet.");

    public T Get<T>(string name) => Run.Get<T>(name);

    public async ValueTask InitializeAsync()
    {
        run = await LessonRun.StartAsync(lesson);
        var failure = run.Errors.FirstOrDefault();
        Assert.True(failure is null, $"{lesson} failed: {failure}");
    }

    public ValueTask DisposeAsync()
    {
        run?.Dispose();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
