using Downhill.Notebooks.CellExecution;
using Downhill.Notebooks.Tests.CellExecution;

namespace Downhill.Notebooks.Tests.Magics;

/// <summary>
/// <c>#i "nuget: …"</c> adds a package source for later restores: here a folder feed next to the notebook,
/// holding a package packed at test time, restored for real through the .NET SDK.
/// </summary>
public sealed class PackageSourceTests : IDisposable
{
    private const string FeedPackage = "Downhill.Tests.LocalFeed.Tiny";

    private readonly TempFolder notebook = new();

    public PackageSourceTests()
    {
        var dll = TestLibraries.CompileTiny(notebook["build/Tiny.dll"]);
        TestLibraries.Pack(notebook["feed"], FeedPackage, "1.0.0", dll);
    }

    public void Dispose() => notebook.Dispose();

    private SessionHarness NewSession() => new(new SessionOptions
    {
        WorkingDirectory = notebook.Path,
        NuGetCacheDirectory = notebook["nuget-cache"],
    });

    [Fact]
    public async Task A_package_from_a_folder_feed_added_with_i_is_restored_and_used()
    {
        using var cells = NewSession();
        // A relative folder is found next to the notebook, like every other path in it.
        var (added, addedSink) = await cells.Run("#i \"nuget: feed\"");
        Assert.True(added.Succeeded, addedSink.ErrorOutput?.Value);
        Assert.Empty(addedSink.Outputs);

        var (result, sink) = await cells.RunRestoring($"#r \"nuget: {FeedPackage}, 1.0.0\"\nTiny.Greeter.Hello(\"feed\")");
        Assert.True(result.Succeeded, sink.ErrorOutput?.Value);
        Assert.Equal("hello, feed", sink.ResultBundle?.Text);
        Assert.Equal("hello, later", await cells.Value("Tiny.Greeter.Hello(\"later\")"));
    }

    [Fact]
    public async Task A_source_and_a_package_from_it_can_share_one_cell()
    {
        using var cells = NewSession();
        var (result, sink) = await cells.RunRestoring(
            $"#i \"nuget: {notebook["feed"]}\"\n#r \"nuget: {FeedPackage}, 1.0.0\"\nTiny.Greeter.Hello(\"one cell\")");
        Assert.True(result.Succeeded, sink.ErrorOutput?.Value);
        Assert.Equal("hello, one cell", sink.ResultBundle?.Text);
    }

    [Fact]
    public async Task Without_the_source_the_feeds_package_is_not_found()
    {
        // The other half of the proof: the package above came from the folder #i named, not from anywhere else.
        using var cells = NewSession();
        var (result, sink) = await cells.RunRestoring($"#r \"nuget: {FeedPackage}, 1.0.0\"");
        Assert.Equal(ExecutionStatus.Error, result.Status);
        Assert.Contains(FeedPackage, sink.ErrorOutput?.Value);
    }
}
