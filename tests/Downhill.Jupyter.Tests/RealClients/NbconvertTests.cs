using System.Diagnostics;
using System.Text.Json.Nodes;
using Downhill.Testing;

namespace Downhill.Jupyter.Tests.RealClients;

/// <summary>
/// `jupyter nbconvert --to notebook --execute` picks the kernel from each notebook's kernelspec
/// metadata (no --ExecutePreprocessor.kernel_name flag) and runs every cell through it.
/// </summary>
public sealed class NbconvertTests
{
    public static TheoryData<string> Lessons() => LessonTheoryData.Files();

    [Theory]
    [MemberData(nameof(Lessons))]
    public void Every_lesson_executes_through_nbconvert_without_error_outputs(string notebook)
    {
        var executed = Execute(Path.Combine(RepositoryPaths.Notebooks, notebook));

        AssertNoErrors(executed);
    }

    [Fact]
    public void A_small_notebook_naming_the_downhill_kernelspec_executes_with_its_outputs()
    {
        var folder = RepositoryPaths.NewTempFolder("downhill-nbconvert");
        var path = Path.Combine(folder, "small.ipynb");
        File.WriteAllText(path, SmallNotebook().ToJsonString());

        var executed = Execute(path);

        AssertNoErrors(executed);
        var outputs = executed["cells"]!.AsArray().Select(c => c!["outputs"]!.AsArray()).ToList();
        Assert.Equal("α = 0.1\n", MultilineText(outputs[0][0]!["text"]!));
        Assert.Equal("0.9", MultilineText(outputs[1][0]!["data"]!["text/plain"]!));
        Assert.Equal(2, outputs[1][0]!["execution_count"]!.GetValue<int>());
    }

    [Fact]
    public void Every_line_of_a_cell_printing_100000_lines_is_saved()
    {
        var folder = RepositoryPaths.NewTempFolder("downhill-nbconvert");
        var path = Path.Combine(folder, "many-lines.ipynb");
        var notebook = SmallNotebook();
        notebook["cells"] = new JsonArray(Code("c1", "for (int i = 0; i < 100000; i++) Console.WriteLine(\"loss \" + i);"));
        File.WriteAllText(path, notebook.ToJsonString());

        var executed = Execute(path);

        var text = string.Concat(executed["cells"]![0]!["outputs"]!.AsArray()
            .Where(o => o!["output_type"]!.GetValue<string>() == "stream")
            .Select(o => MultilineText(o!["text"]!)));
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(100_000, lines.Length);
        Assert.Equal("loss 99999", lines[^1]);
    }

    private static JsonObject Execute(string notebook)
    {
        var jupyter = Prerequisites.RequireJupyter();
        Prerequisites.RequirePythonModules("nbconvert", "nbclient", "nbformat");
        using var spec = new KernelSpecInTemporaryPrefix();
        var output = RepositoryPaths.NewTempFolder("downhill-nbconvert-out");
        var start = new ProcessStartInfo(jupyter,
            ["nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.timeout=600", "--output-dir", output, notebook]);
        start.Environment["JUPYTER_PATH"] = spec.JupyterPath;

        var run = ProcessRun.Run(start);

        Assert.True(run.ExitCode == 0, $"nbconvert failed on {Path.GetFileName(notebook)}:\n{run.Output}");
        return JsonNode.Parse(File.ReadAllText(Path.Combine(output, Path.GetFileName(notebook))))!.AsObject();
    }

    /// <summary>nbformat stores text either as one string or as a list of lines.</summary>
    private static string MultilineText(JsonNode node) =>
        node is JsonArray lines ? string.Concat(lines.Select(l => l!.GetValue<string>())) : node.GetValue<string>();

    private static void AssertNoErrors(JsonObject executed)
    {
        var errors = executed["cells"]!.AsArray()
            .SelectMany(cell => cell!["outputs"]?.AsArray() ?? [])
            .Where(output => output!["output_type"]!.GetValue<string>() == "error")
            .Select(output => $"{output!["ename"]}: {output["evalue"]}")
            .ToList();
        Assert.Empty(errors);
    }

    private static JsonObject SmallNotebook() => new()
    {
        ["nbformat"] = 4,
        ["nbformat_minor"] = 5,
        ["metadata"] = new JsonObject
        {
            ["kernelspec"] = new JsonObject { ["name"] = "downhill", ["display_name"] = "C# (Downhill)", ["language"] = "C#" },
            ["language_info"] = new JsonObject { ["name"] = "C#" },
        },
        ["cells"] = new JsonArray(
            Code("c1", "double alpha = 0.1;\nConsole.WriteLine($\"α = {alpha}\");"),
            Code("c2", "1 - alpha")),
    };

    private static JsonObject Code(string id, string source) => new()
    {
        ["cell_type"] = "code",
        ["id"] = id,
        ["metadata"] = new JsonObject(),
        ["execution_count"] = null,
        ["outputs"] = new JsonArray(),
        ["source"] = source,
    };
}
