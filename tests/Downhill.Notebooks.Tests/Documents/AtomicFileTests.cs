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

    [Theory]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite)]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead)]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // Unix permissions
    public void A_replaced_file_keeps_its_permissions(UnixFileMode mode)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix permissions");
        var path = Path.Combine(RepositoryPaths.NewTempFolder(), "lesson.ipynb");
        File.WriteAllText(path, "old");
        File.SetUnixFileMode(path, mode);

        AtomicFile.WriteAllText(path, "new");

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(mode, File.GetUnixFileMode(path));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // Unix permissions
    public void A_read_only_file_is_refused_with_a_sentence_and_left_as_it_is()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix permissions");
        var path = Path.Combine(RepositoryPaths.NewTempFolder(), "lesson.ipynb");
        File.WriteAllText(path, "old");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var error = Assert.Throws<NotebookException>(() => AtomicFile.WriteAllText(path, "new"));

        Assert.Equal($"Cannot write {path}: it is read-only, so it was left as it is (make it writable, or write elsewhere).", error.Message);
        Assert.Equal("old", File.ReadAllText(path));
    }

    [Fact]
    public void A_symbolic_link_is_written_through_and_stays_a_link()
    {
        var folder = RepositoryPaths.NewTempFolder();
        var target = Path.Combine(folder, "real.ipynb");
        var link = Path.Combine(folder, "link.ipynb");
        File.WriteAllText(target, "old");
        File.CreateSymbolicLink(link, target);

        AtomicFile.WriteAllText(link, "new");

        Assert.Equal("real.ipynb", Path.GetFileName(new FileInfo(link).LinkTarget));
        Assert.Equal("new", File.ReadAllText(target));
    }
}
