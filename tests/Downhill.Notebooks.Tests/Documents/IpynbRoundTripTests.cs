using System.Text.Json.Nodes;
using Downhill.Notebooks.Documents;

namespace Downhill.Notebooks.Tests.Documents;

public class IpynbRoundTripTests
{
    // An nbformat 4.4 notebook as an older Jupyter wrote it: no cell ids, source as one string in one
    // cell and a list in another, outputs of every shape, tool metadata that must survive.
    internal const string Nbformat44 = """
        {
         "cells": [
          { "cell_type": "markdown", "metadata": {}, "source": "# Descent\nα matters." },
          {
           "cell_type": "code", "execution_count": 3,
           "metadata": { "tags": ["parameters"], "polyglot_notebook": { "kernelName": "csharp" } },
           "outputs": [
            { "output_type": "stream", "name": "stdout", "text": ["step 1\n", "step 2\n"] },
            { "output_type": "display_data", "data": { "text/plain": ["a\n", "b"], "application/json": { "k": [1, 2] } }, "metadata": {} },
            { "output_type": "execute_result", "execution_count": 3, "data": { "text/html": "<b>x</b>", "text/plain": "x" }, "metadata": { "isolated": true } },
            { "output_type": "error", "ename": "E", "evalue": "cell 2, line 1: boom", "traceback": ["t1", "t2"] }
           ],
           "source": ["double alpha = 0.1;\n", "var steps = 50;"]
          },
          { "cell_type": "raw", "metadata": { "format": "text/plain" }, "source": "" }
         ],
         "metadata": { "kernelspec": { "name": "downhill", "display_name": "C# (Downhill)", "language": "C#" }, "custom": { "z": 1, "a": 2 } },
         "nbformat": 4, "nbformat_minor": 4
        }
        """;

    [Fact]
    public void Reads_every_cell_and_output_shape()
    {
        var notebook = IpynbReader.Parse(Nbformat44);

        Assert.Equal([CellKind.Markdown, CellKind.Code, CellKind.Raw], notebook.Cells.Select(c => c.Kind));
        var code = notebook.Cells[1];
        Assert.Equal("double alpha = 0.1;\nvar steps = 50;", code.Source);
        Assert.Equal(3, code.ExecutionCount);
        Assert.True(code.HasTag("parameters"));
        Assert.Equal(new StreamOutput("stdout", "step 1\nstep 2\n"), code.Outputs[0]);
        var display = Assert.IsType<DisplayDataOutput>(code.Outputs[1]);
        Assert.Equal("a\nb", display.Data.Text("text/plain"));
        Assert.Equal("""{"k":[1,2]}""", display.Data.Text("application/json"));
        var result = Assert.IsType<ExecuteResultOutput>(code.Outputs[2]);
        Assert.Equal(("<b>x</b>", 3), (result.Data.Text("text/html"), result.ExecutionCount));
        var error = Assert.IsType<ErrorOutput>(code.Outputs[3]);
        Assert.Equal(["t1", "t2"], error.Traceback);
        Assert.Equal("Descent", notebook.Title);
    }

    [Fact]
    public void Writes_nbformat_4_5_with_stable_ids_sorted_keys_and_one_space_indent()
    {
        var json = IpynbWriter.ToJson(IpynbReader.Parse(Nbformat44));
        var again = IpynbWriter.ToJson(IpynbReader.Parse(Nbformat44));

        Assert.Equal(json, again); // ids derive from the cells, so two reads give the same file
        Assert.EndsWith("}\n", json);
        Assert.StartsWith("{\n \"cells\": [\n  {\n   \"cell_type\": \"markdown\",\n   \"id\": ", json);
        Assert.Contains("\"nbformat_minor\": 5", json);
        Assert.Contains("\"α matters.\"", json); // not escaped to \u03b1
        Assert.Contains("\"source\": [\n    \"double alpha = 0.1;\\n\",\n    \"var steps = 50;\"\n   ]", json);
        Assert.Contains("\"source\": []", json); // the empty raw cell, as Jupyter writes it
        Assert.True(json.IndexOf("\"a\": 2", StringComparison.Ordinal) < json.IndexOf("\"z\": 1", StringComparison.Ordinal));
        var ids = JsonNode.Parse(json)!["cells"]!.AsArray().Select(c => (string)c!["id"]!).ToArray();
        Assert.Equal(3, ids.Distinct().Count());
        Assert.All(ids, id => Assert.True(CellIds.IsValid(id)));
    }

    [Fact]
    public void A_written_notebook_reads_back_the_same()
    {
        var first = IpynbWriter.ToJson(IpynbReader.Parse(Nbformat44));
        var second = IpynbWriter.ToJson(IpynbReader.Parse(first));

        Assert.Equal(first, second);
        var metadata = JsonNode.Parse(second)!["metadata"]!;
        Assert.Equal("downhill", (string?)metadata["kernelspec"]!["name"]);
        Assert.Equal(2, (int)metadata["custom"]!["a"]!);
    }

    [Fact]
    public void Existing_ids_are_kept_and_duplicates_are_made_unique()
    {
        var notebook = new Notebook([
            new NotebookCell(CellKind.Code, "1", id: "same"),
            new NotebookCell(CellKind.Code, "2", id: "same"),
            new NotebookCell(CellKind.Code, "3", id: "bad id!"),
        ]);

        CellIds.AssignMissing(notebook);

        Assert.Equal("same", notebook.Cells[0].Id);
        Assert.NotEqual("same", notebook.Cells[1].Id);
        Assert.All(notebook.Cells, c => Assert.True(CellIds.IsValid(c.Id)));
    }

    [Theory]
    [InlineData("{", "is not valid JSON")]
    [InlineData("[]", "is not a Jupyter notebook")]
    [InlineData("""{ "nbformat": 3, "cells": [] }""", "nbformat 3")]
    [InlineData("""{ "nbformat": 4, "nbformat_minor": 2, "cells": [ { "cell_type": "picture", "source": "" } ] }""", "unknown cell_type \"picture\"")]
    public void Malformed_notebooks_fail_with_one_clear_sentence(string json, string expected)
    {
        var error = Assert.Throws<NotebookException>(() => IpynbReader.Parse(json, "lesson.ipynb"));
        Assert.Contains(expected, error.Message);
        Assert.StartsWith("lesson.ipynb", error.Message);
    }
}
