using Downhill.Notebooks.Documents;
using Downhill.Notebooks.Tests.Documents;
using Downhill.Notebooks.Tests.NotebookRuns;
using Downhill.Testing;
using static Downhill.Notebooks.Tests.NotebookRuns.TestNotebooks;

namespace Downhill.Notebooks.Tests.Cli;

public class RunCommandTests
{
    private static readonly NotebookCell[] Good = [Markdown("# Good"), Code("double alpha = 0.1;", "parameters"), Code("Console.WriteLine(\"hello\");\nalpha * 10")];

    private static readonly NotebookCell[] Broken = [Markdown("# Broken"), Code("var a = 1;"), Code("var b = 2;\nundefinedName + 1"), Code("Console.WriteLine(\"never\");")];

    [Fact]
    public async Task A_good_notebook_runs_into_the_output_folder_and_the_source_is_untouched()
    {
        var folder = RepositoryPaths.NewTempFolder();
        var source = Save(folder, "01-good.ipynb", Good);
        var before = File.ReadAllText(source);

        var run = await DownhillCommand.InProcessAsync(folder, "run", "01-good.ipynb");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(before, File.ReadAllText(source));
        var executed = NotebookFile.Read(Path.Combine(folder, "artifacts", "01-good.ipynb"));
        Assert.Equal("1", executed.Cells[2].Outputs.OfType<ExecuteResultOutput>().Single().Data.Text("text/plain"));
        Assert.Matches(@"│ 01-good\.ipynb\s+│\s+2/2 │\s+\d+\.\d │ ok\s+│", run.Output);
        Assert.DoesNotContain(" at ", run.Output);
    }

    [Fact]
    public async Task The_executed_notebook_validates_as_nbformat_4_5()
    {
        var python = Prerequisites.RequirePythonModules("nbformat");
        var folder = RepositoryPaths.NewTempFolder();
        Save(folder, "broken.ipynb", Broken); // error outputs too

        await DownhillCommand.InProcessAsync(folder, "run", "broken.ipynb");

        Assert.Equal("", NbformatValidationTests.Validate(python, Path.Combine(folder, "artifacts", "broken.ipynb")));
    }

    [Fact]
    public async Task A_failing_notebook_exits_1_names_cell_and_line_and_keeps_its_error_copy()
    {
        var folder = RepositoryPaths.NewTempFolder();
        var source = Save(folder, "broken.ipynb", Broken);
        var before = File.ReadAllText(source);

        var run = await DownhillCommand.InProcessAsync(folder, "run", "broken.ipynb", "--output-dir", "out");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"│ broken\.ipynb\s+│\s+2/3 │\s+\d+\.\d │ failed\s+│", run.Output);
        Assert.Contains("broken.ipynb: cell 3, line 2:", run.Output);
        Assert.Equal(before, File.ReadAllText(source));
        var executed = NotebookFile.Read(Path.Combine(folder, "out", "broken.ipynb"));
        Assert.IsType<ErrorOutput>(Assert.Single(executed.Cells[2].Outputs));
        Assert.Empty(executed.Cells[3].Outputs);
    }

    [Fact]
    public async Task Several_notebooks_all_run_and_one_failure_makes_the_exit_code_1()
    {
        var folder = RepositoryPaths.NewTempFolder();
        Save(folder, "b-broken.ipynb", Broken);
        Save(folder, "a-good.ipynb", Good);

        var run = await DownhillCommand.InProcessAsync(folder, "run", ".");

        Assert.Equal(1, run.ExitCode);
        Assert.True(run.Output.IndexOf("│ a-good.ipynb", StringComparison.Ordinal) < run.Output.IndexOf("│ b-broken.ipynb", StringComparison.Ordinal)); // folders expand in name order
        Assert.True(File.Exists(Path.Combine(folder, "artifacts", "a-good.ipynb")));
        Assert.True(File.Exists(Path.Combine(folder, "artifacts", "b-broken.ipynb")));
    }

    [Fact]
    public async Task Parameters_are_injected_and_used()
    {
        var folder = RepositoryPaths.NewTempFolder();
        Save(folder, "good.ipynb", Good);

        var run = await DownhillCommand.InProcessAsync(folder, "run", "good.ipynb", "-p", "alpha=0.85");

        Assert.Equal(0, run.ExitCode);
        var executed = NotebookFile.Read(Path.Combine(folder, "artifacts", "good.ipynb"));
        Assert.True(executed.Cells[2].HasTag("injected-parameters"));
        Assert.Equal("8.5", executed.Cells[3].Outputs.OfType<ExecuteResultOutput>().Single().Data.Text("text/plain"));
    }

    [Theory]
    [InlineData("-p alpha", "-p alpha is not of the form name=value (for example: -p alpha=0.1).")]
    [InlineData("-p alpah=0.3", "good.ipynb's parameters cell does not declare alpah; it declares alpha.")]
    [InlineData("-p alpha=fast", "-p alpha=fast is not a valid double (write a number with a dot, like 0.85 or 1e-3).")]
    [InlineData("--timeout 0", "--timeout must be a positive number of seconds; got 0.")]
    [InlineData("--timeout 1e10", "--timeout can be at most 2,073,600 seconds (24 days); got 10000000000.")]
    [InlineData("-p alpha=1e400", "-p alpha=1e400 is beyond the largest double (about 1.8e308); write infinity if you mean it.")]
    [InlineData("--safe", "--safe is about the HTML pages; add --html to write them.")]
    public async Task Command_line_mistakes_exit_2_with_one_sentence_and_run_nothing(string options, string message)
    {
        var folder = RepositoryPaths.NewTempFolder();
        Save(folder, "good.ipynb", Good);

        var run = await DownhillCommand.InProcessAsync(folder, ["run", "good.ipynb", .. options.Split(' ')]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(message, run.Output.Trim());
        Assert.False(Directory.Exists(Path.Combine(folder, "artifacts")));
    }

    [Fact]
    public async Task Missing_files_and_unknown_options_are_usage_errors()
    {
        var folder = RepositoryPaths.NewTempFolder();

        var missing = await DownhillCommand.InProcessAsync(folder, "run", "nope.ipynb");
        var unknown = await DownhillCommand.InProcessAsync(folder, "run", "--colour");

        Assert.Equal((2, "There is no notebook or folder at nope.ipynb."), (missing.ExitCode, missing.Output.Trim()));
        Assert.Equal(2, unknown.ExitCode);
        Assert.Equal("--colour is not an option downhill knows; try downhill --help.", unknown.Output.Trim());
    }

    [Fact]
    public async Task In_place_overwrites_the_source_only_when_the_run_succeeds()
    {
        var folder = RepositoryPaths.NewTempFolder();
        var good = Save(folder, "good.ipynb", Good);
        var broken = Save(folder, "broken.ipynb", Broken);
        var brokenBefore = File.ReadAllText(broken);

        var run = await DownhillCommand.InProcessAsync(folder, "run", "good.ipynb", "broken.ipynb", "--in-place");

        Assert.Equal(1, run.ExitCode);
        Assert.NotEmpty(NotebookFile.Read(good).Cells[2].Outputs);
        Assert.Equal(brokenBefore, File.ReadAllText(broken));
        Assert.True(File.Exists(Path.Combine(folder, "artifacts", "broken.ipynb")));
        Assert.False(File.Exists(Path.Combine(folder, "artifacts", "good.ipynb")));
    }

    [Fact]
    public async Task The_output_folder_may_not_be_the_source_folder_without_in_place()
    {
        var folder = RepositoryPaths.NewTempFolder();
        Save(folder, "good.ipynb", Good);

        var run = await DownhillCommand.InProcessAsync(folder, "run", "good.ipynb", "--output-dir", ".");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("would overwrite it", run.Output);
    }

    [Fact]
    public async Task Html_writes_a_page_per_notebook_and_an_index()
    {
        var folder = RepositoryPaths.NewTempFolder();
        Save(folder, "01-good.ipynb", Good);

        var run = await DownhillCommand.InProcessAsync(folder, "run", "01-good.ipynb", "--html");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("<title>Good</title>", File.ReadAllText(Path.Combine(folder, "artifacts", "01-good.html")));
        Assert.Contains("href=\"01-good.html\">Good</a>", File.ReadAllText(Path.Combine(folder, "artifacts", "index.html")));
        Assert.Contains("Pages: " + Path.Combine("artifacts", "index.html"), run.Output);
    }

    [Fact]
    public async Task With_no_arguments_it_runs_the_project_notebooks_into_artifacts_with_pages()
    {
        var root = RepositoryPaths.NewTempFolder();
        var notebooks = Directory.CreateDirectory(Path.Combine(root, "notebooks")).FullName;
        var below = Directory.CreateDirectory(Path.Combine(root, "src", "deeper")).FullName;
        Save(notebooks, "02-second.ipynb", Good);
        Save(notebooks, "01-first.ipynb", [Markdown("# First"), Code("1 + 1")]);

        var run = await DownhillCommand.InProcessAsync(below);

        Assert.Equal(0, run.ExitCode);
        var index = File.ReadAllText(Path.Combine(root, "artifacts", "index.html"));
        Assert.True(index.IndexOf(">First<", StringComparison.Ordinal) < index.IndexOf(">Good<", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(root, "artifacts", "02-second.html")));
        Assert.True(File.Exists(Path.Combine(root, "artifacts", "01-first.ipynb")));
    }

    [Fact]
    public async Task With_no_arguments_and_no_notebooks_folder_it_says_what_to_do()
    {
        var run = await DownhillCommand.InProcessAsync(RepositoryPaths.NewTempFolder());

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("There is no notebooks/ folder here or in any folder above; give the notebooks to run, like: downhill run lesson.ipynb", run.Output.Trim());
    }

    [Fact]
    public async Task A_dib_notebook_runs_and_is_written_as_ipynb()
    {
        var folder = RepositoryPaths.NewTempFolder();
        File.WriteAllText(Path.Combine(folder, "lesson.dib"), DibReaderTests.Sample);

        var run = await DownhillCommand.InProcessAsync(folder, "run", "lesson.dib");

        Assert.Equal(0, run.ExitCode);
        var executed = NotebookFile.Read(Path.Combine(folder, "artifacts", "lesson.ipynb"));
        Assert.Equal("1.8", executed.Cells[2].Outputs.OfType<ExecuteResultOutput>().Single().Data.Text("text/plain"));
    }

    [Fact]
    public async Task In_place_refuses_a_dib_and_two_inputs_with_one_name_are_refused_before_running()
    {
        var folder = RepositoryPaths.NewTempFolder();
        File.WriteAllText(Path.Combine(folder, "lesson.dib"), DibReaderTests.Sample);
        Save(Directory.CreateDirectory(Path.Combine(folder, "a")).FullName, "same.ipynb", Good);
        Save(Directory.CreateDirectory(Path.Combine(folder, "b")).FullName, "same.ipynb", Good);

        var dib = await DownhillCommand.InProcessAsync(folder, "run", "lesson.dib", "--in-place");
        var twins = await DownhillCommand.InProcessAsync(folder, "run", "a/same.ipynb", "b/same.ipynb");

        Assert.Equal((2, "--in-place writes .ipynb files only; lesson.dib is a .dib, so run it without --in-place."), (dib.ExitCode, dib.Output.Trim()));
        Assert.Equal(2, twins.ExitCode);
        Assert.Contains("would both be written as same.ipynb", twins.Output);
        Assert.False(Directory.Exists(Path.Combine(folder, "artifacts")));
    }

    [Fact]
    public async Task Endless_recursion_and_Environment_Exit_fail_their_notebooks_and_the_batch_goes_on()
    {
        var folder = RepositoryPaths.NewTempFolder();
        Save(folder, "01-recursion.ipynb", Code("var a = 1;"), Code("int F(int n) => F(n + 1) + 1;\nF(0)"));
        Save(folder, "02-exit.ipynb", Code("Console.WriteLine(\"bye\");\nEnvironment.Exit(3);"));
        Save(folder, "03-good.ipynb", Good);

        var run = await DownhillCommand.ProcessAsync(folder, "run", "01-recursion.ipynb", "02-exit.ipynb", "03-good.ipynb", "-o", "out");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("01-recursion.ipynb: cell 2, line 1: this cell recursed too deeply", run.Output); // the console wraps at 80 columns
        Assert.Contains("02-exit.ipynb: cell 1, line 2: Environment.Exit(3) stops this notebook here", run.Output);
        Assert.Matches(@"│ 03-good\.ipynb\s+│\s+2/2 │\s+\d+\.\d │ ok\s+│", run.Output);
        foreach (var name in new[] { "01-recursion.ipynb", "02-exit.ipynb", "03-good.ipynb" })
            Assert.True(File.Exists(Path.Combine(folder, "out", name)), $"{name} was not written:\n{run.Output}");
    }

    [Fact]
    public async Task An_output_folder_that_is_a_file_is_refused_before_anything_runs()
    {
        var folder = RepositoryPaths.NewTempFolder();
        Save(folder, "01-good.ipynb", Good);
        File.WriteAllText(Path.Combine(folder, "out"), "a file, not a folder");

        var run = await DownhillCommand.InProcessAsync(folder, "run", "01-good.ipynb", "-o", "out");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Cannot write", run.Output);
        Assert.DoesNotContain(" at ", run.Output);
        Assert.DoesNotContain("01-good.ipynb  ", run.Output); // no summary: nothing ran
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // Unix permissions
    public async Task In_place_keeps_the_notebooks_mode_and_refuses_a_read_only_one()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix permissions");
        var folder = RepositoryPaths.NewTempFolder();
        var mine = Save(folder, "01-good.ipynb", Good);
        File.SetUnixFileMode(mine, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var locked = Save(folder, "02-locked.ipynb", Good);
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var before = File.ReadAllText(locked);

        var ok = await DownhillCommand.InProcessAsync(folder, "run", "01-good.ipynb", "--in-place");
        var refused = await DownhillCommand.InProcessAsync(folder, "run", "02-locked.ipynb", "--in-place");

        Assert.Equal(0, ok.ExitCode);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(mine));
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("02-locked.ipynb: it is read-only", refused.Output);
        Assert.Equal(before, File.ReadAllText(locked));
    }

    [Fact]
    public async Task The_index_keeps_a_notebook_named_index_escapes_its_links_and_lists_earlier_pages()
    {
        var folder = RepositoryPaths.NewTempFolder();
        Save(folder, "index.ipynb", Good);
        Save(folder, "50% #1?.ipynb", Good);
        Save(folder, "later.ipynb", Good);

        var first = await DownhillCommand.InProcessAsync(folder, "run", "index.ipynb", "50% #1?.ipynb", "-o", "out", "--html");
        var second = await DownhillCommand.InProcessAsync(folder, "run", "later.ipynb", "-o", "out", "--html");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.True(File.Exists(Path.Combine(folder, "out", "index-notebook.html")));
        var index = File.ReadAllText(Path.Combine(folder, "out", "index.html"));
        Assert.Contains("href=\"index-notebook.html\"", index);
        Assert.Contains("href=\"50%25%20%231%3F.html\"", index);
        Assert.Contains("href=\"later.html\"", index);
    }
}
