using Downhill.Notebooks.Tests.Cli;
using Downhill.Testing;
using static Downhill.Notebooks.Tests.NotebookRuns.TestNotebooks;

namespace Downhill.Notebooks.Tests.StudentCode;

/// <summary>
/// Issue 23, item 6, through the real command: running out of memory is said in a sentence (not .NET's bare
/// "Exception of type 'System.OutOfMemoryException' was thrown."), and a failing static initializer shows its
/// cause and line. (That the memory comes back is shown through the kernel, where the session goes on.)
/// </summary>
public sealed class MemoryTests
{
    [Fact]
    public async Task Running_out_of_memory_under_a_heap_limit_is_one_sentence()
    {
        var folder = RepositoryPaths.NewTempFolder();
        Save(folder, "hog.ipynb", Code("var hog = new List<byte[]>();\nwhile (true) hog.Add(new byte[50_000_000]);"));

        var run = await DownhillCommand.ProcessAsync(folder, new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x30000000" }, "run", "hog.ipynb");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("hog.ipynb: cell 1, line 2: this cell ran out of memory", run.Output);
        Assert.DoesNotContain("System.OutOfMemoryException", run.Output);
    }

    [Fact]
    public async Task A_failing_static_initializer_names_its_cause_and_its_line()
    {
        var folder = RepositoryPaths.NewTempFolder();
        Save(folder, "table.ipynb",
            Code("class Table\n{\n    public static readonly int[] Rows = Build();\n    static int[] Build() { var zero = 0; return new int[1 / zero]; }\n}"),
            Code("var rows = 1;\nrows += Table.Rows.Length;"));

        var run = await DownhillCommand.InProcessAsync(folder, "run", "table.ipynb");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("table.ipynb: cell 2, line 2: the static initializer of Table (cell 1, line 4) failed: DivideByZeroException: Attempted to divide by zero.",
            run.Output.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal));
    }
}
