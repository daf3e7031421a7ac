using System.Text.Json.Nodes;
using Downhill.Jupyter.Install;
using Downhill.Jupyter.Tests.Client;
using Downhill.Testing;

namespace Downhill.Jupyter.Tests.Install;

public sealed class KernelSpecInstallerTests
{
    [Fact]
    public void Install_writes_kernel_json_whose_argv_starts_this_build_and_both_logos()
    {
        var kernels = RepositoryPaths.NewTempFolder("downhill-kernels");

        var folder = KernelSpecInstaller.Install(kernels, ["/opt/dotnet/dotnet", "/opt/downhill/Downhill.Cli.dll"]);

        Assert.Equal(Path.Combine(kernels, "downhill"), folder);
        var spec = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "kernel.json")))!.AsObject();
        Assert.Equal(["/opt/dotnet/dotnet", "/opt/downhill/Downhill.Cli.dll", "kernel", "start", "{connection_file}"],
            spec["argv"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal("C# (Downhill)", spec["display_name"]!.GetValue<string>());
        Assert.Equal("C#", spec["language"]!.GetValue<string>());
        Assert.Equal("message", spec["interrupt_mode"]!.GetValue<string>());
        Assert.NotNull(spec["metadata"]);
        var env = spec["env"]!.AsObject();
        // Built, not published: framework-dependent, so the app host is told where the runtime is, and the SDK's dotnet is named for restores.
        Assert.True(File.Exists(Path.Combine(env["DOTNET_ROOT"]!.GetValue<string>(), OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet")));
        Assert.Equal(Path.Combine(env["DOTNET_ROOT"]!.GetValue<string>(), OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet"),
            env["DOTNET_HOST_PATH"]!.GetValue<string>());
        Assert.Equal(64 * 1024 * 1024, Convert.ToInt32(env["DOTNET_DefaultStackSize"]!.GetValue<string>(), 16));
        Assert.True(File.Exists(Path.Combine(folder, "logo-32x32.png")));
        Assert.True(File.Exists(Path.Combine(folder, "logo-64x64.png")));
    }

    [Fact]
    public void Uninstall_removes_the_kernelspec_and_says_so_only_once()
    {
        var kernels = RepositoryPaths.NewTempFolder("downhill-kernels");
        KernelSpecInstaller.Install(kernels, ["downhill"]);

        Assert.True(KernelSpecInstaller.Uninstall(kernels));
        Assert.False(Directory.Exists(Path.Combine(kernels, "downhill")));
        Assert.False(KernelSpecInstaller.Uninstall(kernels));
    }

    [Fact]
    public void Find_lists_installed_kernelspecs_in_search_order()
    {
        var first = RepositoryPaths.NewTempFolder("downhill-kernels");
        var empty = RepositoryPaths.NewTempFolder("downhill-kernels");
        var second = RepositoryPaths.NewTempFolder("downhill-kernels");
        KernelSpecInstaller.Install(first, ["one"]);
        KernelSpecInstaller.Install(second, ["two"]);

        var found = KernelSpecInstaller.Find([first, empty, second]);

        Assert.Equal([Path.Combine(first, "downhill"), Path.Combine(second, "downhill")], found.Select(f => f.Folder));
        Assert.Equal("one", found[0].Argv[0]);
    }

    [Fact]
    public void Prefix_and_user_folders_follow_jupyters_layout()
    {
        Assert.Equal(Path.Combine("/srv/env", "share", "jupyter", "kernels"), KernelSpecPaths.Prefix("/srv/env"));
        Assert.EndsWith(Path.Combine("jupyter", "kernels"), KernelSpecPaths.User());
    }

    [Fact]
    public void The_command_installs_lists_and_uninstalls_with_a_prefix()
    {
        var prefix = RepositoryPaths.NewTempFolder("downhill-prefix");
        var jupyterPath = new Dictionary<string, string> { ["JUPYTER_PATH"] = Path.Combine(prefix, "share", "jupyter") };

        var install = KernelSpecInTemporaryPrefix.RunCommand(["kernel", "install", "--prefix", prefix]);
        var list = KernelSpecInTemporaryPrefix.RunCommand(["kernel", "list"], jupyterPath);
        var uninstall = KernelSpecInTemporaryPrefix.RunCommand(["kernel", "uninstall", "--prefix", prefix]);
        var listAfter = KernelSpecInTemporaryPrefix.RunCommand(["kernel", "list"], jupyterPath);

        Assert.Equal(0, install.ExitCode);
        Assert.Equal(0, list.ExitCode);
        Assert.Contains(Path.Combine(prefix, "share", "jupyter", "kernels", "downhill"), list.Output);
        Assert.Contains(BuiltCommand.Assembly, list.Output);
        Assert.Equal(0, uninstall.ExitCode);
        Assert.DoesNotContain(prefix, listAfter.Output);
    }

    [Fact]
    public void The_command_refuses_two_places_at_once_in_one_sentence()
    {
        var run = KernelSpecInTemporaryPrefix.RunCommand(["kernel", "install", "--user", "--prefix", "/tmp/x"]);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("Choose one of --user, --prefix DIR or --sys-prefix", run.Output);
    }

    [Fact]
    public void Jupyter_itself_finds_the_installed_kernelspec()
    {
        var jupyter = Prerequisites.RequireJupyter();
        using var spec = new KernelSpecInTemporaryPrefix();
        var start = new System.Diagnostics.ProcessStartInfo(jupyter, ["kernelspec", "list", "--json"]);
        start.Environment["JUPYTER_PATH"] = spec.JupyterPath;

        var run = ProcessRun.Run(start);

        Assert.Equal(0, run.ExitCode);
        var found = JsonNode.Parse(run.StandardOutput)!["kernelspecs"]!["downhill"]!;
        Assert.Equal("C# (Downhill)", found["spec"]!["display_name"]!.GetValue<string>());
        Assert.Equal("message", found["spec"]!["interrupt_mode"]!.GetValue<string>());
    }
}
