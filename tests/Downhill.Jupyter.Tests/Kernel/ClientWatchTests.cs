using System.Diagnostics;
using Downhill.Jupyter.Tests.Client;
using Downhill.Testing;

namespace Downhill.Jupyter.Tests.Kernel;

/// <summary>
/// A client that dies without a shutdown_request (a crashed editor, a killed nbconvert) takes its kernel with it:
/// jupyter_client names itself in JPY_PARENT_PID, and the kernel watches that process.
/// </summary>
public sealed class ClientWatchTests
{
    [Fact]
    public void A_kernel_whose_client_was_killed_ends_even_inside_a_runaway_cell()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "reads process states from /proc");
        var folder = RepositoryPaths.NewTempFolder("downhill-orphan");
        var connection = ConnectionFile.Write(folder);
        var kernelLog = Path.Combine(folder, "kernel-stderr.txt");
        // A shell stands in for jupyter_client: it names itself, starts the kernel as its child and is then killed alone.
        using var client = Process.Start(new ProcessStartInfo("/bin/sh",
            ["-c", "export JPY_PARENT_PID=$$; \"$0\" \"$1\" kernel start \"$2\" 2>\"$3\" & echo $!; wait",
             BuiltCommand.DotnetHost, BuiltCommand.Assembly, connection.Path, kernelLog])
        { RedirectStandardOutput = true })!;
        var kernel = int.Parse(client.StandardOutput.ReadLine()!);
        try
        {
            using var session = new KernelClient(connection);
            session.WaitUntilReady(() => !IsAlive(kernel));
            var loop = session.SendExecute("while (true) { }");
            session.WaitForIopub(loop, "execute_input");

            client.Kill();
            client.WaitForExit();

            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
            while (IsAlive(kernel) && DateTime.UtcNow < deadline) Thread.Sleep(100);
            Assert.False(IsAlive(kernel), "The kernel kept running after its client was killed.");
            Assert.Contains($"(process {client.Id}) has exited", File.ReadAllText(kernelLog));
        }
        finally
        {
            if (IsAlive(kernel)) Process.GetProcessById(kernel).Kill();
            Directory.Delete(folder, recursive: true);
        }
    }

    // A process that has exited but whose status nobody collected yet is a zombie ("Z"): it no longer runs.
    private static bool IsAlive(int processId)
    {
        var stat = $"/proc/{processId}/stat";
        if (!File.Exists(stat)) return false;
        try
        {
            var text = File.ReadAllText(stat);
            return text[text.LastIndexOf(')') + 2] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }
}
