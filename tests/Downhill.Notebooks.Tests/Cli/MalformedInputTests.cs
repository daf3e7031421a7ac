using System.Diagnostics;
using Downhill.Testing;
using static Downhill.Notebooks.Tests.NotebookRuns.TestNotebooks;

namespace Downhill.Notebooks.Tests.Cli;

/// <summary>
/// Inputs that used to end in a stack trace or a hang, given to the real command: each is one sentence and exit 2,
/// nothing is written, and a named pipe is refused at once instead of being waited on.
/// </summary>
public class MalformedInputTests
{
    private const string Cell = """{"cell_type": "code", "metadata": {}, "source": "1 + 1", "outputs": [], "execution_count": null}""";

    public static TheoryData<string, string> Inputs() => new()
    {
        { "dangling link", "student.ipynb is a symbolic link to nowhere.ipynb, which does not exist." },
        { "link loop", "student.ipynb is a symbolic link that leads back to itself (a loop of links), so there is no file to read." },
        { "named pipe", "student.ipynb is a named pipe (FIFO), not a file; downhill reads only regular files." },
        { "duplicate top-level key", "student.ipynb has the key \"cells\" twice in one object; a notebook names each key once, so downhill cannot tell which to use." },
        { "duplicate key in a cell", "student.ipynb has the key \"source\" twice in one object; a notebook names each key once, so downhill cannot tell which to use." },
        { "nested too deeply", "student.ipynb is nested too deeply (line 1): downhill reads JSON up to 64 levels of nested lists and objects." },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_malformed_input_is_one_sentence_and_exit_2(string input, string sentence)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "symbolic links and named pipes as Linux has them");
        var folder = RepositoryPaths.NewTempFolder();
        var path = Path.Combine(folder, "student.ipynb");
        switch (input)
        {
            case "dangling link": File.CreateSymbolicLink(path, "nowhere.ipynb"); break;
            case "link loop": File.CreateSymbolicLink(path, "student.ipynb"); break;
            case "named pipe": MakeFifo(path); break;
            case "duplicate top-level key": File.WriteAllText(path, $$"""{"cells": [], "cells": [{{Cell}}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}"""); break;
            case "duplicate key in a cell": File.WriteAllText(path, $$"""{"cells": [{{Cell.Replace("\"source\": \"1 + 1\"", "\"source\": \"1\", \"source\": \"2\"")}}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}"""); break;
            case "nested too deeply":
                File.WriteAllText(path, $$"""{"cells": [{{Cell}}], "metadata": {"deep": {{new string('[', 80)}}{{new string(']', 80)}}}, "nbformat": 4, "nbformat_minor": 5}""");
                break;
        }

        foreach (var arguments in new[] { new[] { "run", "student.ipynb", "--html" }, ["run", "."], ["render", "student.ipynb"] })
        {
            var run = DownhillCommand.Bounded(folder, TimeSpan.FromMinutes(2), null, arguments);

            Assert.True(run.ExitCode == 2, $"downhill {string.Join(' ', arguments)} exited {run.ExitCode}:\n{run.Output}");
            Assert.Equal(sentence, OneLine(run.Output));
            Assert.False(Directory.Exists(Path.Combine(folder, "artifacts")));
        }
    }

    [Fact]
    public void A_parameter_too_small_for_a_double_is_refused_rather_than_run_as_zero()
    {
        var folder = RepositoryPaths.NewTempFolder();
        Save(folder, "good.ipynb", Code("double alpha = 0.1;\nfloat beta = 0.5f;", "parameters"), Code("alpha"));

        var tiny = DownhillCommand.Bounded(folder, TimeSpan.FromMinutes(2), null, "run", "good.ipynb", "-p", "alpha=1e-400");
        var tinyFloat = DownhillCommand.Bounded(folder, TimeSpan.FromMinutes(2), null, "run", "good.ipynb", "-p", "beta=-1e-50");
        var zero = DownhillCommand.Bounded(folder, TimeSpan.FromMinutes(2), null, "run", "good.ipynb", "-p", "alpha=0e-400", "-o", "zero");

        Assert.Equal((2, "-p alpha=1e-400 is closer to 0 than a double can hold (about 4.9e-324), so it would run as 0; write 0 if you mean it."),
            (tiny.ExitCode, OneLine(tiny.Output)));
        Assert.Equal((2, "-p beta=-1e-50 is closer to 0 than a float can hold (about 1.4e-45), so it would run as 0; write 0 if you mean it."),
            (tinyFloat.ExitCode, OneLine(tinyFloat.Output)));
        Assert.False(Directory.Exists(Path.Combine(folder, "artifacts")));
        Assert.True(zero.ExitCode == 0, zero.Output); // a zero written as such is fine
    }

    // The console wraps long sentences at its width; the sentence is what is checked.
    private static string OneLine(string output) => string.Join(' ', output.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]))!;
        Assert.True(mkfifo.WaitForExit(TimeSpan.FromSeconds(30)), "mkfifo did not finish in 30 s");
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
