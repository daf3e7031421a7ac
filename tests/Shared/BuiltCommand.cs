namespace Downhill.Testing;

/// <summary>
/// This build's `downhill` command (Downhill.Cli.dll, copied next to the tests of every project that references it)
/// and the dotnet host that runs it, as `downhill kernel install` writes them into kernel.json.
/// </summary>
public static class BuiltCommand
{
    /// <summary>The command's assembly, Downhill.Cli.dll, beside the test binaries.</summary>
    public static string Assembly =>
        Path.Combine(AppContext.BaseDirectory, "Downhill.Cli.dll") is var path && File.Exists(path)
            ? path
            : throw new FileNotFoundException("The downhill command (Downhill.Cli.dll) was not built next to the tests.", path);

    public static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
