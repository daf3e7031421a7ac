using System.Net;
using System.Text.RegularExpressions;
using Downhill.Notebooks.Documents;
using Downhill.Notebooks.Pages;

namespace Downhill.Cli.Workflow;

/// <summary>Writes notebook pages and the index that links them, atomically, into one folder.</summary>
internal static class PageWriter
{
    public const string IndexFileName = "index.html";

    /// <summary>
    /// The page's file name: name.html, except that a notebook named index gets index-notebook.html, so its
    /// page and the index that links it do not overwrite each other.
    /// </summary>
    public static string PageFileName(string sourcePath)
    {
        var stem = Path.GetFileNameWithoutExtension(sourcePath);
        var fileName = stem + ".html";
        return string.Equals(fileName, IndexFileName, StringComparison.OrdinalIgnoreCase) ? stem + "-notebook.html" : fileName;
    }

    /// <summary>
    /// Writes the notebook's page (see <see cref="PageFileName"/>) and returns its index entry. A safe page runs
    /// nothing the notebook's author wrote (see <see cref="NotebookPage.Render"/>).
    /// </summary>
    public static IndexEntry WritePage(Notebook notebook, string sourcePath, string outputDirectory, bool failed, bool safe = false)
    {
        var stem = Path.GetFileNameWithoutExtension(sourcePath);
        var fileName = PageFileName(sourcePath);
        var notebookFolder = Path.GetDirectoryName(Path.GetFullPath(sourcePath)); // where its ![](fig.png) images are
        AtomicFile.WriteAllText(Path.Combine(outputDirectory, fileName), NotebookPage.Render(notebook, stem, IndexFileName, safe, notebookFolder));
        return new IndexEntry(notebook.Title ?? stem, fileName, Path.GetFileName(sourcePath), failed);
    }

    /// <summary>
    /// Writes index.html linking this run's pages and every page an earlier run left in the folder (a run of one
    /// notebook must not unlink the others), in file-name order — the lessons' NN- prefixes.
    /// </summary>
    public static string WriteIndex(IReadOnlyList<IndexEntry> entries, string outputDirectory)
    {
        var path = Path.Combine(outputDirectory, IndexFileName);
        var thisRun = entries.Select(e => e.Href).ToHashSet(StringComparer.Ordinal);
        var all = entries.Concat(EarlierPages(outputDirectory).Where(e => !thisRun.Contains(e.Href)))
            .OrderBy(e => e.Href, StringComparer.Ordinal)
            .ToList();
        AtomicFile.WriteAllText(path, IndexPage.Render("Downhill notebooks", all));
        return path;
    }

    // Pages downhill wrote before (its generator tag), with the title they carry; other HTML files are not ours.
    private static IEnumerable<IndexEntry> EarlierPages(string outputDirectory)
    {
        if (!Directory.Exists(outputDirectory)) yield break;
        foreach (var file in Directory.EnumerateFiles(outputDirectory, "*.html"))
        {
            var name = Path.GetFileName(file);
            if (name == IndexFileName) continue;
            string head;
            try
            {
                using var reader = new StreamReader(file);
                var buffer = new char[4096];
                head = new string(buffer, 0, reader.ReadBlock(buffer, 0, buffer.Length));
            }
            catch (IOException) { continue; }
            if (!head.Contains("<meta name=\"generator\" content=\"downhill\">", StringComparison.Ordinal)) continue;
            var title = Regex.Match(head, "<title>(.*?)</title>", RegexOptions.Singleline);
            var stem = Path.GetFileNameWithoutExtension(name);
            yield return new IndexEntry(title.Success ? WebUtility.HtmlDecode(title.Groups[1].Value) : stem, name, stem + ".ipynb");
        }
    }
}
