using Downhill.Notebooks.Documents;
using Downhill.Testing;

namespace Downhill.Notebooks.Tests.Documents;

public class AtomicFileTests
{
    [Fact]
    public void A_write_that_fails_half_way_leaves_the_old_file_whole_and_no_temporary_file()
    {
        var folder = RepositoryPaths.NewTempFolder();
        var path = Path.Combine(folder, "lesson.ipynb");
        File.WriteAllText(path, "the good version");

        Assert.Throws<IOException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("half of the new"u8);
            throw new IOException("disk full");
        }));

        Assert.Equal("the good version", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder));
    }

    [Fact]
    public void A_write_replaces_the_file_and_creates_missing_folders()
    {
        var path = Path.Combine(RepositoryPaths.NewTempFolder(), "out", "deeper", "page.html");
        AtomicFile.WriteAllText(path, "first");
        AtomicFile.WriteAllText(path, "second α");

        Assert.Equal("second α", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void A_notebook_written_over_an_existing_one_reads_back()
    {
        var path = Path.Combine(RepositoryPaths.NewTempFolder(), "n.ipynb");
        File.WriteAllText(path, "old");
        NotebookFile.Write(new Notebook([new NotebookCell(CellKind.Code, "1 + 1")]), path);

        Assert.Equal("1 + 1", NotebookFile.Read(path).Cells.Single().Source);
    }

    [Fact]
    public void Missing_and_foreign_files_are_clear_errors()
    {
        var folder = RepositoryPaths.NewTempFolder();
        Assert.StartsWith("There is no notebook at", Assert.Throws<NotebookException>(() => NotebookFile.Read(Path.Combine(folder, "nope.ipynb"))).Message);
        Assert.Equal("notes.txt is not a notebook: downhill reads .ipynb and .dib files.",
            Assert.Throws<NotebookException>(() => NotebookFile.Read(Path.Combine(folder, "notes.txt"))).Message);
    }
}
