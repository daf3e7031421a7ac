using System.Diagnostics;
using System.Reflection.PortableExecutable;
using System.Text.Json.Nodes;
using Downhill.Notebooks.Tests.Magics;
using Downhill.Testing;

namespace Downhill.Notebooks.Tests.Cli;

/// <summary>
/// The README's build (`./downhill`, publishing into .downhill/cli) is self-contained and precompiled, the runtime and
/// the kit together in one composite ReadyToRun image: that is what makes a notebook or a kernel start in about a
/// second, spares each kernel JIT-compiling the framework's generics over Roslyn's types, and lets a class of kernels
/// share their code pages. Read from the published files' headers, not timed; then the published command and the
/// kernelspec it installs are run for real.
/// </summary>
public sealed class ReadyToRunPublishTests
{
    // The command, the executor, the kernel, the library and Roslyn: the code every cell runs through.
    private static readonly string[] HotAssemblies =
    [
        "Downhill.Cli", "Downhill.Notebooks", "Downhill.Jupyter", "Downhill",
        "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "Microsoft.CodeAnalysis.Scripting", "Microsoft.CodeAnalysis.CSharp.Scripting",
        "NetMQ", "Plotly.NET", "FSharp.Core", "MathNet.Numerics",
    ];

    [Fact]
    public void The_READMEs_build_publishes_every_assembly_precompiled()
    {
        var published = Publish();

        // Facades (type forwarders, no method bodies, like System.ServiceModel.*) have no code to precompile.
        var assemblies = Directory.GetFiles(published, "*.dll").Where(HasCode)
            .ToDictionary(path => Path.GetFileNameWithoutExtension(path), path => IsReadyToRun(path));

        foreach (var name in HotAssemblies)
            Assert.True(assemblies.ContainsKey(name), $"{name}.dll is not in {published}");
        var ilOnly = assemblies.Where(a => !a.Value).Select(a => a.Key).Order().ToList();
        Assert.True(ilOnly.Count == 0, $"IL only, not precompiled: {string.Join(", ", ilOnly)}");
    }

    [Fact]
    public void The_READMEs_build_carries_its_runtime_compiled_with_the_kit_into_one_image()
    {
        var published = Publish();

        // The runtime beside the command (self-contained), its CoreLib precompiled into the composite image with Roslyn and the kit.
        Assert.True(File.Exists(Path.Combine(published, "System.Private.CoreLib.dll")), "the runtime is not published with the command");
        Assert.True(File.Exists(Path.Combine(published, OperatingSystem.IsWindows() ? "Downhill.Cli.exe" : "Downhill.Cli")), "no app host");
        var composite = Path.Combine(published, "Downhill.Cli.r2r.dll");
        Assert.True(File.Exists(composite), "no composite ReadyToRun image (Downhill.Cli.r2r.dll)");
        Assert.True(new FileInfo(composite).Length > 50_000_000, "the composite image is too small to hold the runtime, Roslyn and the kit");
        Assert.True(IsReadyToRun(Path.Combine(published, "System.Private.CoreLib.dll")));
    }

    [Fact]
    public async Task The_published_command_runs_a_lesson_on_its_own_runtime()
    {
        var published = Publish();
        using var folder = new TempFolder();
        var notebook = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Notebooks, "00-start-here.ipynb")))!.AsObject();
        notebook["cells"]!.AsArray().Add(CodeCell("Console.WriteLine(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory());"));
        File.WriteAllText(folder["lesson.ipynb"], notebook.ToJsonString());

        var start = new ProcessStartInfo(Path.Combine(RepositoryPaths.Root, "downhill"), ["run", folder["lesson.ipynb"], "-o", folder["out"]]);
        start.Environment["NO_COLOR"] = "1";
        var run = ProcessRun.Run(start, TimeSpan.FromMinutes(5));

        Assert.True(run.ExitCode == 0, $"./downhill run failed:\n{run.Output}");
        var executed = JsonNode.Parse(await File.ReadAllTextAsync(folder["out/lesson.ipynb"], TestContext.Current.CancellationToken))!;
        var outputs = executed["cells"]!.AsArray().SelectMany(c => c!["outputs"]?.AsArray() ?? []).ToList();
        Assert.DoesNotContain(outputs, o => o!["output_type"]!.GetValue<string>() == "error");
        Assert.Contains(outputs, o => o!["data"]?["application/vnd.plotly.v1+json"] is not null);
        var lastText = string.Concat(outputs[^1]!["text"]!.AsArray().Select(line => line!.GetValue<string>())).Trim();
        Assert.Equal(Path.TrimEndingDirectorySeparator(published), Path.TrimEndingDirectorySeparator(lastText));
    }

    [Fact]
    public void The_kernelspec_the_published_command_installs_runs_a_notebook_from_a_bare_environment()
    {
        // VS Code or JupyterLab may start the kernel without the shell's variables: the kernelspec alone must be enough.
        var python = Prerequisites.RequirePythonModules("nbconvert", "nbclient", "nbformat");
        var published = Publish();
        using var folder = new TempFolder();
        var install = ProcessRun.Run(new ProcessStartInfo(Path.Combine(RepositoryPaths.Root, "downhill"), ["kernel", "install", "--prefix", folder["prefix"]]));
        Assert.True(install.ExitCode == 0, $"./downhill kernel install failed:\n{install.Output}");
        var spec = JsonNode.Parse(File.ReadAllText(folder["prefix/share/jupyter/kernels/downhill/kernel.json"]))!;
        Assert.Equal(Path.Combine(published, "Downhill.Cli"), spec["argv"]![0]!.GetValue<string>());
        Assert.Null(spec["env"]!["DOTNET_ROOT"]); // the runtime is the command's own
        Assert.True(File.Exists(spec["env"]!["DOTNET_HOST_PATH"]!.GetValue<string>()), "the kernelspec does not name the SDK's dotnet");

        var notebook = Path.Combine(RepositoryPaths.Notebooks, "00-start-here.ipynb");
        var start = new ProcessStartInfo(python,
            ["-m", "nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.timeout=300", "--output-dir", folder["out"], notebook]);
        start.Environment.Clear();
        start.Environment["PATH"] = "/usr/bin:/bin";
        start.Environment["HOME"] = folder.Path;
        start.Environment["JUPYTER_PATH"] = folder["prefix/share/jupyter"];
        var run = ProcessRun.Run(start, TimeSpan.FromMinutes(5));

        Assert.True(run.ExitCode == 0, $"nbconvert with the published kernel failed:\n{run.Output}");
        var executed = JsonNode.Parse(File.ReadAllText(folder["out/00-start-here.ipynb"]))!;
        var outputs = executed["cells"]!.AsArray().SelectMany(c => c!["outputs"]?.AsArray() ?? []).ToList();
        Assert.DoesNotContain(outputs, o => o!["output_type"]!.GetValue<string>() == "error");
        Assert.Contains(outputs, o => o!["data"]?["application/vnd.plotly.v1+json"] is not null);
    }

    [Fact]
    public void A_dotnet_named_through_a_link_is_followed_to_the_installation_that_holds_the_SDKs()
    {
        // /usr/bin/dotnet is a link on Debian: its own folder holds no SDK, no packs and no XML docs; its target's does.
        var published = Publish();
        var host = Downhill.Notebooks.CellExecution.DotnetLayout.DotnetHost; // the installation the tests run on
        Assert.True(host is not null && File.Exists(host), "no dotnet found for the tests' own runtime");
        var sdkHost = new FileInfo(host).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? host;
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder["bin"]);
        File.CreateSymbolicLink(folder["bin/dotnet"], sdkHost);

        var start = new ProcessStartInfo(Path.Combine(published, "Downhill.Cli"), ["kernel", "install", "--prefix", folder["prefix"]]);
        start.Environment["DOTNET_HOST_PATH"] = folder["bin/dotnet"];
        var install = ProcessRun.Run(start, TimeSpan.FromMinutes(2));

        Assert.True(install.ExitCode == 0, $"kernel install failed:\n{install.Output}");
        var spec = JsonNode.Parse(File.ReadAllText(folder["prefix/share/jupyter/kernels/downhill/kernel.json"]))!;
        Assert.Equal(sdkHost, spec["env"]!["DOTNET_HOST_PATH"]!.GetValue<string>());
    }

    // Publishes into .downhill/cli first when the sources changed since the last publish, as the README's first command does.
    private static string Publish()
    {
        var run = ProcessRun.Run(new ProcessStartInfo(Path.Combine(RepositoryPaths.Root, "downhill"), ["--version"]), TimeSpan.FromMinutes(20));
        Assert.True(run.ExitCode == 0, $"./downhill --version failed:\n{run.Output}");
        return Path.Combine(RepositoryPaths.Root, ".downhill", "cli");
    }

    private static JsonObject CodeCell(string source) => new()
    {
        ["cell_type"] = "code",
        ["id"] = "runtime-folder",
        ["metadata"] = new JsonObject(),
        ["execution_count"] = null,
        ["outputs"] = new JsonArray(),
        ["source"] = source,
    };

    [Fact]
    public void The_header_checks_tell_il_only_from_precompiled_and_code_from_a_facade()
    {
        // The test assembly is built, not published: IL only, with code. The runtime's own System.Private.CoreLib is precompiled.
        Assert.False(IsReadyToRun(typeof(ReadyToRunPublishTests).Assembly.Location));
        Assert.True(IsReadyToRun(typeof(object).Assembly.Location));
        Assert.True(HasCode(typeof(ReadyToRunPublishTests).Assembly.Location));
        Assert.False(HasCode(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "mscorlib.dll"))); // the runtime's facade for .NET Framework code
    }

    /// <summary>True when some method has a body (IL at an address); a facade only forwards types to another assembly.</summary>
    private static bool HasCode(string path)
    {
        using var reader = new PEReader(File.OpenRead(path));
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(reader);
        return metadata.MethodDefinitions.Any(method => metadata.GetMethodDefinition(method).RelativeVirtualAddress != 0);
    }

    /// <summary>A ReadyToRun image has a managed native header (READYTORUN_HEADER) in its CLI header; an IL-only one has none.</summary>
    private static bool IsReadyToRun(string path)
    {
        using var reader = new PEReader(File.OpenRead(path));
        return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }
}
