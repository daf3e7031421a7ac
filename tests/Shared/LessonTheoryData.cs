namespace Downhill.Testing;

/// <summary>The lessons as xunit theory data, one row per notebook file (kept apart from RepositoryPaths, which the benches share without xunit).</summary>
public static class LessonTheoryData
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var lesson in RepositoryPaths.LessonFiles) data.Add(lesson);
        return data;
    }
}
