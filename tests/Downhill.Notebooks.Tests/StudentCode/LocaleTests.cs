using Downhill.Notebooks.Documents;
using Downhill.Notebooks.Tests.Cli;
using Downhill.Testing;
using static Downhill.Notebooks.Tests.NotebookRuns.TestNotebooks;

namespace Downhill.Notebooks.Tests.StudentCode;

/// <summary>
/// Issue 23, item 9: on a German or Turkish machine the outputs read "0.5" as the lessons' prose does, not "0,5"
/// beside "0.5": cells run in the invariant culture. Through the real command, started under those locales.
/// </summary>
public sealed class LocaleTests
{
    [Theory]
    [InlineData("de_DE.UTF-8")]
    [InlineData("tr_TR.UTF-8")]
    public async Task Numbers_in_outputs_read_the_same_under_a_German_or_Turkish_locale(string locale)
    {
        var folder = RepositoryPaths.NewTempFolder();
        Save(folder, "numbers.ipynb",
            Code("Console.WriteLine(0.5);\nConsole.WriteLine($\"{1234.5:N1} {double.Parse(\"0.25\")} {\"TITLE\".ToLower()}\");"),
            Code("using Downhill;\nvar run = Descent.Run(new Parabola(), new GradientDescent(0.5), new[] { 3.0 }, 5);\n" +
                 "Console.WriteLine(run.Positions[^1][0]);\nnew[] { new { Step = 1, Loss = 0.5 } }"));

        var run = await DownhillCommand.ProcessAsync(folder, new Dictionary<string, string> { ["LANG"] = locale, ["LC_ALL"] = locale }, "run", "numbers.ipynb");

        Assert.True(run.ExitCode == 0, run.Output);
        var executed = NotebookFile.Read(Path.Combine(folder, "artifacts", "numbers.ipynb"));
        Assert.Equal("0.5\n1,234.5 0.25 title\n", Assert.IsType<StreamOutput>(Assert.Single(executed.Cells[0].Outputs)).Text);
        var texts = executed.Cells[1].Outputs.Select(o => o switch
        {
            StreamOutput s => s.Text,
            ExecuteResultOutput r => r.Data.Text("text/plain") + r.Data.Text("text/html"),
            _ => "",
        }).ToList();
        Assert.Contains("0.5", texts[^1]);
        Assert.All(texts, t => Assert.DoesNotMatch(@"\d,\d(?!\d\d)", t));
    }
}
