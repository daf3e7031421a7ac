using System.Text.Json.Nodes;
using Downhill.Notebooks.Documents;

namespace Downhill.Notebooks.Tests.Documents;

/// <summary>Polyglot Notebooks stored a cell's language in three shapes over its life; all are read.</summary>
public class CellLanguageTests
{
    [Theory]
    [InlineData("""{ "polyglot_notebook": { "kernelInfo": { "defaultKernelName": "fsharp", "items": [] } } }""")]
    [InlineData("""{ "polyglot_notebook": { "defaultKernelName": "fsharp", "items": [] } }""")]
    [InlineData("""{ "dotnet_interactive": { "defaultKernelName": "fsharp" } }""")]
    [InlineData("""{ "kernelspec": { "name": ".net-fsharp", "language": "F#" } }""")]
    public void The_notebook_default_comes_from_any_shape(string metadata)
    {
        var notebook = new Notebook([new NotebookCell(CellKind.Code, "1")], (JsonObject)JsonNode.Parse(metadata)!);

        Assert.Equal("fsharp", notebook.DefaultLanguage);
        Assert.Equal("fsharp", notebook.LanguageOf(notebook.Cells[0]));
    }

    [Theory]
    [InlineData("""{ "polyglot_notebook": { "kernelName": "csharp" } }""")]
    [InlineData("""{ "dotnet_interactive": { "language": "csharp" } }""")]
    [InlineData("""{ "dotnet_interactive": { "language": "C#" } }""")]
    public void A_cell_names_its_own_language_in_either_cell_shape(string cellMetadata)
    {
        var notebook = new Notebook(
            [new NotebookCell(CellKind.Code, "1", metadata: (JsonObject)JsonNode.Parse(cellMetadata)!)],
            new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelInfo"] = new JsonObject { ["defaultKernelName"] = "pwsh" } } });

        Assert.Equal("csharp", notebook.LanguageOf(notebook.Cells[0]));
    }

    [Fact]
    public void A_first_line_prefix_overrides_the_metadata()
    {
        var metadata = new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" } };
        var notebook = new Notebook([
            new NotebookCell(CellKind.Code, "#!markdown\n# Not code", metadata: metadata),
            new NotebookCell(CellKind.Code, "#!csharp\nvar x = 1;"),
            new NotebookCell(CellKind.Code, "#!time\nvar y = 2;"),
        ]);

        Assert.Equal(["markdown", "csharp", "csharp"], notebook.Cells.Select(notebook.LanguageOf));
    }

    [Fact]
    public void Without_any_metadata_code_is_csharp() =>
        Assert.Equal("csharp", new Notebook().DefaultLanguage);
}
