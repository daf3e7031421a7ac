using System.Runtime.InteropServices;
using Downhill.Notebooks.CellExecution;

namespace Downhill.Notebooks.Tests.CellExecution;

/// <summary>
/// Where the runtime and the SDK are, in the layout the tests run in (framework-dependent, under dotnet test) and, from
/// a published command's deps.json, in the self-contained one (ReadyToRunPublishTests runs that layout for real).
/// </summary>
public sealed class DotnetLayoutTests
{
    [Fact]
    public void Under_dotnet_test_the_runtime_is_the_shared_framework_and_cells_compile_against_all_of_it()
    {
        Assert.False(DotnetLayout.IsSelfContained);
        var runtime = RuntimeEnvironment.GetRuntimeDirectory();
        var expected = Directory.GetFiles(runtime, "*.dll").Where(ScriptEnvironment.IsManagedAssembly).Order(StringComparer.Ordinal).ToList();

        var listed = DotnetLayout.FrameworkAssemblies.Where(File.Exists).ToList();
        Assert.True(expected.Except(listed).Count() == 0 && listed.Except(expected).Count() == 0,
            $"in the runtime folder only: {string.Join(", ", expected.Except(listed))}; listed only: {string.Join(", ", listed.Except(expected))}");
        Assert.Contains(DotnetLayout.FrameworkAssemblies, path => Path.GetFileName(path) == "System.Runtime.dll");
        Assert.DoesNotContain(DotnetLayout.FrameworkAssemblies, path => Path.GetFileName(path).StartsWith("Downhill", StringComparison.Ordinal));
    }

    [Fact]
    public void The_dotnet_host_is_the_one_whose_shared_framework_we_run_on()
    {
        var host = DotnetLayout.DotnetHost;

        Assert.NotNull(host);
        Assert.True(File.Exists(host), host);
        Assert.StartsWith(Path.GetFullPath(DotnetLayout.DotnetRoot!) + Path.DirectorySeparatorChar, RuntimeEnvironment.GetRuntimeDirectory());
    }

    [Fact]
    public void A_self_contained_deps_file_lists_the_runtime_pack_and_nothing_of_the_apps_own()
    {
        const string deps = """
            {
              "targets": {
                ".NETCoreApp,Version=v10.0": {},
                ".NETCoreApp,Version=v10.0/linux-x64": {
                  "Downhill.Cli/1.0.0": { "runtime": { "Downhill.Cli.dll": {} } },
                  "runtimepack.Microsoft.NETCore.App.Runtime.linux-x64/10.0.12": {
                    "runtime": { "System.Runtime.dll": {}, "System.Private.CoreLib.dll": {} },
                    "native": { "libcoreclr.so": {} }
                  },
                  "Microsoft.CodeAnalysis/5.0.0": { "runtime": { "lib/net9.0/Microsoft.CodeAnalysis.dll": {} } }
                }
              },
              "libraries": {
                "Downhill.Cli/1.0.0": { "type": "project" },
                "runtimepack.Microsoft.NETCore.App.Runtime.linux-x64/10.0.12": { "type": "runtimepack" },
                "Microsoft.CodeAnalysis/5.0.0": { "type": "package" }
              }
            }
            """;

        var listed = DotnetLayout.RuntimePackAssemblies(deps, "/opt/downhill");

        Assert.Equal([Path.Combine("/opt/downhill", "System.Private.CoreLib.dll"), Path.Combine("/opt/downhill", "System.Runtime.dll")], listed);
    }

    [Fact]
    public void A_deps_file_without_a_runtime_pack_lists_nothing()
    {
        Assert.Empty(DotnetLayout.RuntimePackAssemblies("""{ "targets": {}, "libraries": {} }""", "/opt/downhill"));
        Assert.Empty(DotnetLayout.RuntimePackAssemblies("{}", "/opt/downhill"));
    }
}
