namespace Downhill.Lessons.Tests.Harness;

/// <summary>
/// The lessons read data by paths relative to their own folder ("../data/ames-housing.csv"), as the
/// runner and the kernel arrange. The working directory is process-wide, so every test in this project
/// enters the same folder — the one all lessons live in — and nothing here ever changes it back.
/// </summary>
public static class NotebookFolder
{
    private static readonly Lock Gate = new();

    public static void Enter()
    {
        lock (Gate)
        {
            if (!string.Equals(Environment.CurrentDirectory, RepositoryPaths.Notebooks, StringComparison.Ordinal))
                Environment.CurrentDirectory = RepositoryPaths.Notebooks;
        }
    }
}
