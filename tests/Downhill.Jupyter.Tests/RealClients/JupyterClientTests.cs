using System.Diagnostics;
using System.Text.Json.Nodes;
using Downhill.Testing;

namespace Downhill.Jupyter.Tests.RealClients;

/// <summary>The kernel driven by Python's jupyter_client, the library JupyterLab and nbclient stand on.</summary>
public sealed class JupyterClientTests
{
    [Fact]
    public void Jupyter_client_executes_completes_inspects_interrupts_and_restarts()
    {
        var python = Prerequisites.RequirePythonModules("jupyter_client");
        using var spec = new KernelSpecInTemporaryPrefix();
        var start = new ProcessStartInfo(python, [Path.Combine(AppContext.BaseDirectory, "RealClients", "drive_kernel.py")]);
        start.Environment["JUPYTER_PATH"] = spec.JupyterPath;

        var run = ProcessRun.Run(start);

        Assert.True(run.ExitCode == 0, run.Output);
        var seen = JsonNode.Parse(run.StandardOutput)!.AsObject();
        Assert.Equal("downhill", seen["kernel_info"]!["implementation"]!.GetValue<string>());
        Assert.Equal("ok", seen["first"]!["status"]!.GetValue<string>());
        Assert.Equal("hello from C#\n", string.Concat(seen["first"]!["streams"]!.AsArray().Select(s => s!.GetValue<string>())));
        Assert.Equal("42", seen["second"]!["results"]![0]!.GetValue<string>());
        Assert.Equal(["6", "31", "62"], seen["reruns"]!.AsArray().Select(r => r![0]!.GetValue<string>()));
        Assert.Contains("Sqrt", seen["complete"]!["matches"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal(5, seen["complete"]!["cursor_start"]!.GetValue<int>());
        Assert.True(seen["inspect"]!["found"]!.GetValue<bool>());
        Assert.Contains("Sqrt", seen["inspect"]!["text"]!.GetValue<string>());
        Assert.Equal("error", seen["interrupted"]!["status"]!.GetValue<string>());
        Assert.Equal("20", seen["after_interrupt"]!["results"]![0]!.GetValue<string>());
        Assert.Equal("error", seen["after_restart"]!["status"]!.GetValue<string>());
        Assert.Equal("2", seen["restarted_runs"]!["results"]![0]!.GetValue<string>());
        Assert.True(seen["new_process"]!.GetValue<bool>());
    }
}
