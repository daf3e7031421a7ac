using Downhill.Notebooks.Documents;

namespace Downhill.Cli.Workflow;

/// <summary>Turns the command line's files and folders into notebook paths, in the order given.</summary>
internal static class NotebookInputs
{
    /// <summary>
    /// Files stay in the order given; a folder adds its own .ipynb and .dib files in name order (not
    /// its subfolders, so artifacts/ or checkpoints inside it are not picked up). A path given twice runs once.
    /// </summary>
    public static IReadOnlyList<string> Resolve(IEnumerable<string> arguments, string currentDirectory)
    {
        var found = new List<string>();
        foreach (var argument in arguments)
        {
            var path = Path.GetFullPath(argument, currentDirectory);
            if (Directory.Exists(path))
            {
                var inFolder = Directory.EnumerateFiles(path)
                    .Where(NotebookFile.IsNotebook)
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (inFolder.Count == 0)
                    throw new NotebookException($"The folder {argument} has no .ipynb or .dib notebooks in it.");
                found.AddRange(inFolder);
            }
            else if (File.Exists(path))
            {
                if (!NotebookFile.IsNotebook(path))
                    throw new NotebookException($"{argument} is not a notebook: downhill reads .ipynb and .dib files.");
                found.Add(path);
            }
            else if (argument.StartsWith('-'))
            {
                throw new NotebookException($"{argument} is not an option downhill knows; try downhill --help.");
            }
            else
            {
                throw new NotebookException($"There is no notebook or folder at {argument}.");
            }
        }
        return found.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Two inputs with one file name would overwrite each other's output; say so before running anything.</summary>
    public static void RequireDistinctOutputNames(IReadOnlyList<string> notebooks)
    {
        var clash = notebooks.GroupBy(p => Path.GetFileNameWithoutExtension(p), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
            throw new NotebookException(
                $"{string.Join(" and ", clash.Select(Path.GetFileName))} would both be written as {clash.Key}.ipynb in the output folder; run them separately or rename one.");
    }
}
