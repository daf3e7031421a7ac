using System.Diagnostics;
using Downhill.Notebooks.Documents;
using Downhill.Testing;

namespace Downhill.Notebooks.Tests.Documents;

/// <summary>What downhill writes must pass Jupyter's own nbformat 4.5 schema check.</summary>
public class NbformatValidationTests
{
    [Fact]
    public void A_notebook_with_every_output_shape_validates()
    {
        var python = Prerequisites.RequirePythonModules("nbformat");
        var path = Path.Combine(RepositoryPaths.NewTempFolder(), "written.ipynb");
        NotebookFile.Write(IpynbReader.Parse(IpynbRoundTripTests.Nbformat44), path);

        Assert.Equal("", Validate(python, path));
    }

    [Fact]
    public void A_notebook_read_from_dib_validates()
    {
        var python = Prerequisites.RequirePythonModules("nbformat");
        var path = Path.Combine(RepositoryPaths.NewTempFolder(), "from-dib.ipynb");
        NotebookFile.Write(DibReader.Parse(DibReaderTests.Sample), path);

        Assert.Equal("", Validate(python, path));
    }

    /// <summary>Runs nbformat.validate; returns its complaint, or "" when the notebook is valid.</summary>
    internal static string Validate(string python, string path)
    {
        var start = new ProcessStartInfo(python,
            ["-c", "import nbformat,sys; nb=nbformat.read(sys.argv[1], as_version=4); assert nb.nbformat_minor==5, nb.nbformat_minor; nbformat.validate(nb)", path])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? "" : errors;
    }
}
