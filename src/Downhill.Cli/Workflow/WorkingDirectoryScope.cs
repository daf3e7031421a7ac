namespace Downhill.Cli.Workflow;

/// <summary>
/// Makes the notebook's folder the process's current directory while it runs, so a cell's
/// File.ReadAllLines("../data/ames-housing.csv") finds what the student sees beside the notebook, as
/// in Jupyter. The command runs one notebook at a time, so changing the process-wide directory is safe here.
/// </summary>
internal sealed class WorkingDirectoryScope : IDisposable
{
    private readonly string previous;

    private WorkingDirectoryScope(string folder)
    {
        previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = folder;
    }

    /// <summary>Enters <paramref name="folder"/>, or does nothing when <paramref name="enabled"/> is false (in-process tests run in parallel).</summary>
    public static IDisposable? Enter(string folder, bool enabled) => enabled ? new WorkingDirectoryScope(folder) : null;

    public void Dispose() => Environment.CurrentDirectory = previous;
}
