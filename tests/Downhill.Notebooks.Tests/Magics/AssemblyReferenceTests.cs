using Downhill.Notebooks.CellExecution;
using Downhill.Notebooks.Tests.CellExecution;

namespace Downhill.Notebooks.Tests.Magics;

/// <summary><c>#r "path/Lib.dll"</c> run through a session: found next to the notebook, and kept cell after cell.</summary>
public sealed class AssemblyReferenceTests : IDisposable
{
    private readonly TempFolder notebook = new();

    public AssemblyReferenceTests() => TestLibraries.CompileTiny(notebook["lib/Tiny.dll"]);

    public void Dispose() => notebook.Dispose();

    private SessionHarness NewSession() => new(new SessionOptions
    {
        WorkingDirectory = notebook.Path,
        NuGetCacheDirectory = notebook["nuget-cache"],
    });

    [Fact]
    public async Task A_relative_path_is_resolved_against_the_notebooks_folder()
    {
        // The test process runs from its bin folder, where lib/Tiny.dll does not exist.
        Assert.False(File.Exists(Path.GetFullPath("lib/Tiny.dll")));
        using var cells = NewSession();
        Assert.Equal("hello, notebook", await cells.Value("#r \"lib/Tiny.dll\"\nTiny.Greeter.Hello(\"notebook\")"));
    }

    [Fact]
    public async Task A_reference_added_in_a_later_cell_works_in_that_cell_and_the_cells_after_it()
    {
        // From the second cell on, a submission passes Roslyn only the references added since the last one.
        using var cells = NewSession();
        await cells.Value("var name = \"first\";");
        await cells.Value("var other = name + \" and second\";");
        Assert.Equal("hello, first", await cells.Value("#r \"lib/Tiny.dll\"\nvar greeting = Tiny.Greeter.Hello(name);\ngreeting"));
        await cells.Value("var unrelated = 4;");
        Assert.Equal("hello, first and second / hello, first",
            await cells.Value("Tiny.Greeter.Hello(other) + \" / \" + greeting"));
    }

    [Theory]
    [InlineData(0, "var broken = ;")]
    [InlineData(2, "var broken = ;")]
    [InlineData(0, "throw new InvalidOperationException(\"stop\");")]
    [InlineData(2, "throw new InvalidOperationException(\"stop\");")]
    public async Task A_reference_from_a_cell_that_failed_is_there_for_the_next_cells(int earlierCells, string failingCode)
    {
        // A cell that does not compile never becomes part of the chained state, and one that throws does; either
        // way its #r must not be lost.
        using var cells = NewSession();
        for (var i = 0; i < earlierCells; i++) await cells.Value($"var earlier{i} = {i};");
        var (failed, _) = await cells.Run("#r \"lib/Tiny.dll\"\n" + failingCode);
        Assert.Equal(ExecutionStatus.Error, failed.Status);
        Assert.Equal("hello, next", await cells.Value("Tiny.Greeter.Hello(\"next\")"));
        Assert.Equal("hello, after", await cells.Value("Tiny.Greeter.Hello(\"after\")"));
    }

    [Fact]
    public async Task Referencing_the_same_file_again_in_a_later_cell_is_harmless()
    {
        using var cells = NewSession();
        await cells.Value("#r \"lib/Tiny.dll\"");
        Assert.Equal("hello, again", await cells.Value("#r \"./lib/Tiny.dll\"\nTiny.Greeter.Hello(\"again\")"));
    }

    [Fact]
    public async Task A_missing_assembly_is_one_error_naming_the_cell_the_line_and_the_path()
    {
        using var cells = NewSession();
        await cells.Value("var kept = 41;");
        var (result, sink) = await cells.Run("var notRun = 1;\n#r \"missing.dll\"");

        Assert.Equal(ExecutionStatus.Error, result.Status);
        var error = Assert.IsType<CollectedOutput.Failure>(Assert.Single(sink.Outputs)).Error;
        Assert.Equal($"cell 2, line 2: cannot find the assembly missing.dll (looked for {notebook["missing.dll"]})", error.Value);
        // Nothing of the cell ran, and the session carries on with what it had.
        Assert.Null(cells.Session.GetVariable("notRun"));
        Assert.Equal("42", await cells.Value("kept + 1"));
    }

    [Fact]
    public async Task A_file_that_is_not_an_assembly_is_refused_once_and_the_session_carries_on()
    {
        // Handed to Roslyn, such a file would fail this cell and every cell after it with CS0009.
        File.WriteAllText(notebook["data.csv"], "step,loss\n1,0.5\n");
        using var cells = NewSession();
        await cells.Value("var kept = 41;");
        var (result, sink) = await cells.Run("#r \"data.csv\"");

        Assert.Equal(ExecutionStatus.Error, result.Status);
        Assert.Equal($"cell 2, line 1: data.csv is not a .NET assembly, so #r cannot load it (read {notebook["data.csv"]})", sink.ErrorOutput?.Value);
        Assert.Equal("42", await cells.Value("kept + 1"));
    }

    [Fact]
    public async Task A_cell_stopped_by_one_bad_reference_adds_all_of_them_once_corrected()
    {
        // The first #r was found before the second failed; it must not count as referenced already.
        using var cells = NewSession();
        var (failed, _) = await cells.Run("#r \"lib/Tiny.dll\"\n#r \"lib/Missing.dll\"\nTiny.Greeter.Hello(\"typo\")");
        Assert.Equal(ExecutionStatus.Error, failed.Status);
        Assert.Equal("hello, fixed", await cells.Value("#r \"lib/Tiny.dll\"\nTiny.Greeter.Hello(\"fixed\")"));
    }

    [Fact]
    public async Task The_kits_own_assembly_is_answered_by_the_loaded_copy_wherever_the_path_points()
    {
        // The lesson notebooks load the library with this line for Polyglot Notebooks; the file need not exist here.
        using var cells = NewSession();
        await cells.Value("#r \"../src/Downhill/bin/Release/net8.0/Downhill.dll\"\nvar chartType = typeof(Downhill.Plot);");
        Assert.Same(typeof(Downhill.Plot), cells.Session.GetVariable("chartType"));
    }
}
