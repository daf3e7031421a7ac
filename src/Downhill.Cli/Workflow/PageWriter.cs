using Downhill.Notebooks.Documents;
using Downhill.Notebooks.HtmlPages;

namespace Downhill.Cli.Workflow;

/// <summary>Writes notebook pages and the index that links them, atomically, into one folder.</summary>
internal static class PageWriter
{
    public const string IndexFileName = "index.html";

    /// <summary>Writes name.html for the notebook and returns its index entry.</summary>
    public static IndexEntry WritePage(Notebook notebook, string sourcePath, string outputDirectory, bool failed)
    {
        var stem = Path.GetFileNameWithoutExtension(sourcePath);
        var fileName = stem + ".html";
        AtomicFile.WriteAllText(Path.Combine(outputDirectory, fileName), NotebookPage.Render(notebook, stem, IndexFileName));
        return new IndexEntry(notebook.Title ?? stem, fileName, Path.GetFileName(sourcePath), failed);
    }

    public static string WriteIndex(IReadOnlyList<IndexEntry> entries, string outputDirectory)
    {
        var path = Path.Combine(outputDirectory, IndexFileName);
        AtomicFile.WriteAllText(path, IndexPage.Render("Downhill notebooks", entries));
        return path;
    }
}
