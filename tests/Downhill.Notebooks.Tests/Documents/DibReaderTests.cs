using Downhill.Notebooks.Documents;

namespace Downhill.Notebooks.Tests.Documents;

public class DibReaderTests
{
    internal const string Sample = """
        #!meta

        {"kernelInfo":{"defaultKernelName":"csharp","items":[{"aliases":[],"name":"csharp"}]}}

        #!markdown

        # Momentum

        A heavy ball rolls further.

        #!csharp

        #!time
        var beta = 0.9;

        #!csharp

        beta * 2

        """;

    [Fact]
    public void Separators_become_cells_and_magics_stay_inside_them()
    {
        var notebook = DibReader.Parse(Sample);

        Assert.Equal([CellKind.Markdown, CellKind.Code, CellKind.Code], notebook.Cells.Select(c => c.Kind));
        Assert.Equal("# Momentum\n\nA heavy ball rolls further.", notebook.Cells[0].Source);
        Assert.Equal("#!time\nvar beta = 0.9;", notebook.Cells[1].Source);
        Assert.Equal("beta * 2", notebook.Cells[2].Source);
        Assert.Equal("Momentum", notebook.Title);
    }

    [Fact]
    public void The_meta_block_becomes_polyglot_metadata()
    {
        var notebook = DibReader.Parse(Sample);

        Assert.Equal("csharp", (string?)notebook.Metadata["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]);
        Assert.All(notebook.Cells.Where(c => c.Kind == CellKind.Code), c => Assert.Equal("csharp", notebook.LanguageOf(c)));
    }

    [Fact]
    public void Aliases_and_other_languages_are_separators_too()
    {
        var notebook = DibReader.Parse("#!c#\nvar x = 1;\n#!fsharp\nlet y = 2\n#!md\n*hi*\n");

        Assert.Equal(["csharp", "fsharp", "markdown"], notebook.Cells.Select(notebook.LanguageOf));
    }

    [Fact]
    public void Windows_line_endings_are_read_as_plain_newlines()
    {
        var notebook = DibReader.Parse("#!csharp\r\nvar a = 1;\r\nvar b = 2;\r\n");

        Assert.Equal("var a = 1;\nvar b = 2;", Assert.Single(notebook.Cells).Source);
    }

    [Fact]
    public void A_broken_meta_block_is_a_clear_error()
    {
        var error = Assert.Throws<NotebookException>(() => DibReader.Parse("#!meta\n{not json\n#!csharp\n1", "lesson.dib"));
        Assert.StartsWith("lesson.dib: the #!meta block is not valid JSON", error.Message);
    }
}
