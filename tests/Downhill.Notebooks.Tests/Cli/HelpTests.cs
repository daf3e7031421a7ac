using Downhill.Testing;

namespace Downhill.Notebooks.Tests.Cli;

/// <summary>`downhill --help` is the first thing a student types; it must read as lines, one command each.</summary>
public class HelpTests
{
    [Fact]
    public async Task Help_lists_each_option_and_command_on_a_line_of_its_own()
    {
        var help = await DownhillCommand.InProcessAsync(RepositoryPaths.NewTempFolder(), "--help");

        Assert.Equal(0, help.ExitCode);
        var lines = help.Output.Split('\n').Select(line => line.Trim()).ToList();
        Assert.Contains(lines, line => line.StartsWith("--version", StringComparison.Ordinal));
        Assert.Contains("Commands:", lines);
        Assert.Contains(lines, line => line.StartsWith("run <notebooks>", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("render <notebooks>", StringComparison.Ordinal));
    }
}
