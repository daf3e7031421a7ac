using Downhill.Notebooks.Documents;
using Downhill.Notebooks.Tests.Cli;
using Downhill.Testing;
using static Downhill.Notebooks.Tests.NotebookRuns.TestNotebooks;

namespace Downhill.Notebooks.Tests.StudentCode;

/// <summary>
/// Issue 23, item 3: one huge output is cut, with a sentence saying how much was kept, instead of ending the
/// command (a JSON string over ~166 million characters cannot be written) — in the run, the .ipynb and the page.
/// </summary>
public sealed class HugeOutputTests
{
    private const string Cut = "(output cut: 170,000,000 characters were printed; the first 4,000,000 are kept)";

    [Fact]
    public async Task A_cell_printing_170_million_characters_is_cut_and_the_notebook_is_saved_with_its_page()
    {
        var folder = RepositoryPaths.NewTempFolder();
        Save(folder, "huge.ipynb", Code("Console.Write(new string('x', 170_000_000));"), Code("new string('z', 170_000_000)"), Code("1 + 1"));

        var run = await DownhillCommand.ProcessAsync(folder, "run", "huge.ipynb", "-o", "out", "--html");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Matches(@"│ huge\.ipynb\s+│\s+3/3 │", run.Output);
        var executed = NotebookFile.Read(Path.Combine(folder, "out", "huge.ipynb"));
        var printed = Assert.IsType<StreamOutput>(Assert.Single(executed.Cells[0].Outputs)).Text;
        Assert.Equal(4_000_000 + Cut.Length + 2, printed.Length);
        Assert.EndsWith("x\n" + Cut + "\n", printed);
        var result = executed.Cells[1].Outputs.OfType<ExecuteResultOutput>().Single().Data.Text("text/plain")!;
        Assert.EndsWith(Cut + "\n", result);
        Assert.Equal("2", executed.Cells[2].Outputs.OfType<ExecuteResultOutput>().Single().Data.Text("text/plain"));
        Assert.Contains(Cut, File.ReadAllText(Path.Combine(folder, "out", "huge.html")));
    }

    [Fact]
    public async Task A_saved_notebook_with_a_huge_output_is_written_and_rendered_cut()
    {
        var folder = RepositoryPaths.NewTempFolder();
        const string cut20M = "(output cut: 20,000,000 characters were printed; the first 4,000,000 are kept)";
        var huge = new NotebookCell(CellKind.Code, "Console.Write(text);");
        huge.Outputs.Add(new StreamOutput("stdout", new string('x', 20_000_000)));
        var notebook = new Notebook([huge]);
        File.WriteAllText(Path.Combine(folder, "saved.ipynb"), HandWritten(notebook, huge)); // as another tool saved it: uncut

        var json = IpynbWriter.ToJson(notebook);
        var render = await DownhillCommand.InProcessAsync(folder, "render", "saved.ipynb", "-o", "pages");

        Assert.Contains(cut20M, json);
        Assert.InRange(json.Length, 4_000_000, 4_100_000);
        Assert.True(render.ExitCode == 0, render.Output);
        Assert.Contains(cut20M, File.ReadAllText(Path.Combine(folder, "pages", "saved.html")));
    }

    // The notebook as a tool without a cap would save it: the writer's output with the cut text put back whole.
    private static string HandWritten(Notebook notebook, NotebookCell cell)
    {
        var text = ((StreamOutput)cell.Outputs[0]).Text;
        cell.Outputs[0] = new StreamOutput("stdout", "PLACEHOLDER");
        var json = IpynbWriter.ToJson(notebook).Replace("PLACEHOLDER", text, StringComparison.Ordinal);
        cell.Outputs[0] = new StreamOutput("stdout", text);
        return json;
    }
}
