using Downhill.Notebooks.Documents;

namespace Downhill.Cli.Workflow;

/// <summary>Finds the kit's folders for a bare `downhill`: the nearest folder, from here upward, holding Downhill.sln or notebooks/.</summary>
internal static class ProjectFolders
{
    public static (string Notebooks, string Artifacts) Find(string currentDirectory)
    {
        for (var folder = new DirectoryInfo(currentDirectory); folder is not null; folder = folder.Parent)
        {
            var notebooks = Path.Combine(folder.FullName, "notebooks");
            if (Directory.Exists(notebooks) || File.Exists(Path.Combine(folder.FullName, "Downhill.sln")))
            {
                if (!Directory.Exists(notebooks))
                    throw new NotebookException($"There is no notebooks/ folder in {folder.FullName}; give the notebooks to run, like: downhill run lesson.ipynb");
                return (notebooks, Path.Combine(folder.FullName, "artifacts"));
            }
        }
        throw new NotebookException("There is no notebooks/ folder here or in any folder above; give the notebooks to run, like: downhill run lesson.ipynb");
    }
}
