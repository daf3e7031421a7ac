using Downhill.Notebooks.CellExecution;
using Downhill.Notebooks.Tests.CellExecution;
using Downhill.Testing;

namespace Downhill.Notebooks.Tests.Magics;

/// <summary>
/// <c>#r "nuget: …"</c> for a package the kit does not carry: a real restore through the .NET SDK into the
/// session's cache folder. These tests need the NuGet registry: without one they skip (in CI they fail).
/// </summary>
public sealed class PackageRestoreTests : IDisposable
{
    // Not a kit dependency, small, and without dependencies of its own on net10.0.
    private const string Package = "Humanizer.Core";
    private const string Version = "2.14.1";

    // An id nobody publishes; the registry answers "no such package" for it.
    private const string MissingPackage = "Downhill.Tests.NoSuchPackage.B7E41C";

    private readonly TempFolder notebook = new();

    public void Dispose() => notebook.Dispose();

    private SessionHarness NewSession()
    {
        Prerequisites.RequireNuGetRegistry();
        return new(new SessionOptions
        {
            WorkingDirectory = notebook.Path,
            NuGetCacheDirectory = notebook["nuget-cache"],
        });
    }

    [Fact]
    public async Task A_package_is_restored_into_the_cache_and_used_in_its_cell_and_later_cells()
    {
        using var cells = NewSession();
        await cells.Value("var word = \"mouse\";");
        var (result, sink) = await cells.RunRestoring($"#r \"nuget: {Package}, {Version}\"\nusing Humanizer;\n\"cat\".Pluralize()");

        Assert.True(result.Succeeded, sink.ErrorOutput?.Value);
        Assert.Equal("cats", sink.ResultBundle?.Text);
        Assert.True(Directory.Exists(notebook[$"nuget-cache/packages/{Package.ToLowerInvariant()}/{Version}"]));
        // The reference and the using directive carry on, like any earlier cell's declarations.
        Assert.Equal("mice", await cells.Value("word.Pluralize()"));
    }

    [Fact]
    public async Task A_package_already_loaded_can_be_named_again_but_not_in_another_version()
    {
        // One copy of an assembly per session: a second version cannot be loaded beside the first.
        using var cells = NewSession();
        var (restored, restoredSink) = await cells.RunRestoring($"#r \"nuget: {Package}, {Version}\"");
        Assert.True(restored.Succeeded, restoredSink.ErrorOutput?.Value);

        Assert.Equal("cats", await cells.Value($"#r \"nuget: {Package}\"\nHumanizer.InflectorExtensions.Pluralize(\"cat\")"));
        var (result, sink) = await cells.Run($"#r \"nuget: {Package}, 2.13.14\"");
        Assert.Equal(ExecutionStatus.Error, result.Status);
        Assert.Equal($"cell 3, line 1: {Package} {Version} is already loaded in this session; restart it to use version 2.13.14", sink.ErrorOutput?.Value);
    }

    [Fact]
    public async Task A_package_that_does_not_exist_is_one_error_naming_it_and_the_session_carries_on()
    {
        using var cells = NewSession();
        await cells.Value("var kept = 41;");
        var (result, sink) = await cells.RunRestoring($"var notRun = 1;\n#r \"nuget: {MissingPackage}, 1.0.0\"");

        Assert.Equal(ExecutionStatus.Error, result.Status);
        var error = Assert.IsType<CollectedOutput.Failure>(Assert.Single(sink.Outputs)).Error;
        Assert.StartsWith($"cell 2, line 2: could not restore NuGet package {MissingPackage} 1.0.0: ", error.Value);
        Assert.Contains("NU1101", error.Value); // NuGet's own "unable to find package", for searching the web
        Assert.Null(cells.Session.GetVariable("notRun"));
        Assert.Equal("42", await cells.Value("kept + 1"));
    }

    [Fact]
    public async Task A_failed_restore_fails_again_when_the_cell_is_run_again()
    {
        // A failed restore still leaves NuGet's project.assets.json behind; it must not pass for a finished one.
        using var cells = NewSession();
        var cell = $"#r \"nuget: {MissingPackage}, 1.0.0\"";
        var (first, _) = await cells.RunRestoring(cell);
        var (second, sink) = await cells.RunRestoring(cell);

        Assert.Equal(ExecutionStatus.Error, first.Status);
        Assert.Equal(ExecutionStatus.Error, second.Status);
        Assert.StartsWith($"cell 2, line 1: could not restore NuGet package {MissingPackage} 1.0.0: ", sink.ErrorOutput?.Value);
    }

    [Fact]
    public async Task A_failed_restore_does_not_spoil_a_later_package()
    {
        // The failed package is forgotten, so the next restore asks only for what can be found.
        using var cells = NewSession();
        await cells.RunRestoring($"#r \"nuget: {MissingPackage}, 1.0.0\"");
        var (result, sink) = await cells.RunRestoring($"#r \"nuget: {Package}, {Version}\"\nHumanizer.InflectorExtensions.Pluralize(\"mouse\")");

        Assert.True(result.Succeeded, sink.ErrorOutput?.Value);
        Assert.Equal("mice", sink.ResultBundle?.Text);
    }
}
