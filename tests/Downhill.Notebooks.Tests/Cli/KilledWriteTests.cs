using System.Diagnostics;
using Downhill.Notebooks.Documents;
using Downhill.Testing;
using static Downhill.Notebooks.Tests.NotebookRuns.TestNotebooks;

namespace Downhill.Notebooks.Tests.Cli;

/// <summary>
/// The real command killed with SIGKILL while it writes a large executed notebook: nothing can remove the hidden
/// temporary file then, but the next run writing that notebook does, and the old result was never half-replaced.
/// </summary>
public class KilledWriteTests
{
    [Fact]
    public async Task A_temporary_file_left_by_a_killed_run_is_removed_by_the_next_run()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "SIGKILL");
        var folder = RepositoryPaths.NewTempFolder();
        var output = Directory.CreateDirectory(Path.Combine(folder, "out")).FullName;
        // A write that takes a while: 15 cells of 4,000,000 characters each (the most a cell's output keeps).
        Save(folder, "big.ipynb", [.. Enumerable.Range(0, 15).Select(_ => Code("Console.Write(new string('x', 4_000_000));"))]);

        var leftover = await KillWhileWritingAsync(folder, output);

        Assert.False(File.Exists(Path.Combine(output, "big.ipynb"))); // the rename never happened: no half notebook
        var rerun = DownhillCommand.Bounded(folder, TimeSpan.FromMinutes(3), null, "run", "big.ipynb", "-o", "out");
        Assert.True(rerun.ExitCode == 0, rerun.Output);
        Assert.False(File.Exists(leftover), $"{Path.GetFileName(leftover)} was left in the output folder");
        Assert.Empty(Directory.GetFiles(output, "*.tmp"));
        Assert.Equal(60_000_000, NotebookFile.Read(Path.Combine(output, "big.ipynb")).Cells.Sum(c => c.Outputs.OfType<StreamOutput>().Sum(o => o.Text.Length)));
    }

    /// <summary>Runs the command and kills it (SIGKILL) the moment its temporary file appears; returns that file.</summary>
    private static async Task<string> KillWhileWritingAsync(string folder, string output)
    {
        var appeared = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watcher = new FileSystemWatcher(output, ".big.ipynb.*.tmp");
        using var start = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var startInfo = new ProcessStartInfo("dotnet", [DownhillCommand.CommandDll, "run", "big.ipynb", "-o", "out"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var command = Process.Start(startInfo)!;
        watcher.Created += (_, e) =>
        {
            try { command.Kill(); } // SIGKILL: no handler of the command's runs
            catch (InvalidOperationException) { }
            appeared.TrySetResult(e.FullPath);
        };
        watcher.EnableRaisingEvents = true;
        var drained = Task.WhenAll(command.StandardOutput.ReadToEndAsync(), command.StandardError.ReadToEndAsync());
        try
        {
            var finished = command.WaitForExitAsync(start.Token);
            var first = await Task.WhenAny(appeared.Task, finished);
            if (first != appeared.Task)
                Assert.Fail($"The command ended (exit {command.ExitCode}) before its temporary file was seen:\n{string.Concat(await drained)}");
            await command.WaitForExitAsync(start.Token);
            var leftover = await appeared.Task;
            Assert.True(File.Exists(leftover), $"the killed command's temporary file {leftover} is not there");
            return leftover;
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException("The command neither wrote its temporary file nor ended within 3 minutes.");
        }
        finally
        {
            if (!command.HasExited) command.Kill(entireProcessTree: true);
        }
    }
}
