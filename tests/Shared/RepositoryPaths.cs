namespace Downhill.Testing;

/// <summary>Finds the repository's folders from wherever the test binary runs.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Notebooks => Path.Combine(Root, "notebooks");

    public static string Data => Path.Combine(Root, "data");

    /// <summary>The lessons under notebooks/, by file name ("03-learning-rates.ipynb"), in lesson order; none when the folder is missing.</summary>
    public static IReadOnlyList<string> LessonFiles =>
        Directory.Exists(Notebooks)
            ? Directory.GetFiles(Notebooks, "*.ipynb").Order(StringComparer.Ordinal).Select(path => Path.GetFileName(path)).ToList()
            : [];

    /// <summary>A fresh, empty folder under the system temp folder for one test.</summary>
    public static string NewTempFolder(string prefix = "downhill-test")
    {
        var path = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Downhill.sln")))
                return dir.FullName;
        throw new InvalidOperationException("Cannot find the repository root (Downhill.sln) above " + AppContext.BaseDirectory);
    }
}
