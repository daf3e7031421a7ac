using System.Diagnostics;
using Downhill.Testing;

namespace Downhill.Jupyter.Tests.RealClients;

/// <summary>The harness that runs Jupyter's clients cannot be held up by what they leave behind.</summary>
public sealed class ProcessRunTests
{
    [Fact]
    public void A_process_left_running_with_the_output_open_is_killed_and_named()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "finds leftovers through /proc");
        // The shell ends at once; the sleep it started keeps the shell's output open, as an orphaned kernel would.
        // The shell waits until its child has become `sleep`: until then the child is a copy of the shell, and
        // on a busy machine it could be found and named as that.
        var run = ProcessRun.Run(new ProcessStartInfo("/bin/sh",
            ["-c", "sleep 600 & while [ \"$(cat /proc/$!/comm)\" != sleep ]; do :; done; echo started"]));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("started\n", run.StandardOutput);
        Assert.Contains("left running and killed: sleep", run.StandardError);
    }

    [Fact]
    public void A_run_past_its_time_is_stopped_with_what_it_printed()
    {
        var error = Assert.Throws<TimeoutException>(() =>
            ProcessRun.Run(new ProcessStartInfo("/bin/sh", ["-c", "echo working; sleep 600"]), TimeSpan.FromSeconds(1)));

        Assert.Contains("did not finish in time", error.Message);
        Assert.Contains("working", error.Message);
    }
}
