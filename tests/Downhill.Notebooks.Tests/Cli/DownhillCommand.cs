using System.Diagnostics;
using Downhill.Cli;
using Downhill.Testing;

namespace Downhill.Notebooks.Tests.Cli;

/// <summary>Runs the `downhill` command in this process (fast) or as its own process (the real thing).</summary>
internal static class DownhillCommand
{
    public sealed record Outcome(int ExitCode, string Output);

    /// <summary>The command's entry with a plain console; the notebook folders are not entered (tests share one process).</summary>
    public static async Task<Outcome> InProcessAsync(string currentDirectory, params string[] args)
    {
        var output = new StringWriter();
        var context = CliContext.Plain(output, currentDirectory);
        var exit = await CliApp.InvokeAsync(CliApp.CreateRoot(context), args, context, TestContext.Current.CancellationToken);
        return new Outcome(exit, output.ToString());
    }

    /// <summary>Runs the built command (Downhill.Cli.dll) with dotnet, as a student's shell would.</summary>
    public static Task<Outcome> ProcessAsync(string currentDirectory, params string[] args) =>
        ProcessAsync(currentDirectory, new Dictionary<string, string>(), args);

    /// <summary>As <see cref="ProcessAsync(string, string[])"/>, with variables added to the command's environment (a locale).</summary>
    public static async Task<Outcome> ProcessAsync(string currentDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [CommandDll, .. args])
        {
            WorkingDirectory = currentDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return new Outcome(process.ExitCode, await stdout + await stderr);
    }

    /// <summary>
    /// Runs the built command as its own process, stopped after <paramref name="timeout"/> (the message then says so), with
    /// <paramref name="environment"/> added to this process's. Processes it leaves behind are killed and named in the result
    /// (see <see cref="ProcessRun"/>).
    /// </summary>
    public static ProcessResult Bounded(string currentDirectory, TimeSpan timeout, IDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [CommandDll, .. args]) { WorkingDirectory = currentDirectory };
        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        return ProcessRun.Run(start, timeout);
    }

    /// <summary>Downhill.Cli.dll beside the tests, or in the command's own build output for the same configuration.</summary>
    public static string CommandDll
    {
        get
        {
            var beside = Path.Combine(AppContext.BaseDirectory, "Downhill.Cli.dll");
            if (File.Exists(beside)) return beside;
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Parent!.Name; // bin/<configuration>/net10.0
            var built = Path.Combine(Testing.RepositoryPaths.Root, "src", "Downhill.Cli", "bin", configuration, "net10.0", "Downhill.Cli.dll");
            return File.Exists(built) ? built : throw new FileNotFoundException("Downhill.Cli.dll is not built; build src/Downhill.Cli first.", built);
        }
    }
}
