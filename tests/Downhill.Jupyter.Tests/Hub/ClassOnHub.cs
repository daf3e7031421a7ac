using System.Diagnostics;
using System.Text.Json;

namespace Downhill.Testing;

/// <summary>One student's run through the lesson (times in seconds since the class began), then their first Tab's round trip.</summary>
public sealed record StudentReport(
    string Name, int Cells, int CellsInLesson, IReadOnlyList<string> Errors,
    double? ServerReadySeconds, double? KernelReadySeconds, double? DoneSeconds, double? TabSeconds);

/// <summary>A process's memory while the whole class was running: PSS splits shared pages among the processes using them.</summary>
public sealed record ProcessMemory(int Pid, double PssMb, double RssMb, double CpuSeconds);

/// <summary>
/// What class_on_hub.py saw: the class's wall time, each student, each kernel and server at the lesson's end, each kernel
/// again after every student pressed Tab once (completion loaded), and what outlived the hub.
/// </summary>
public sealed record ClassReport(
    double ClassSeconds, IReadOnlyList<StudentReport> Students, IReadOnlyList<ProcessMemory> Kernels,
    IReadOnlyList<ProcessMemory> Servers, IReadOnlyList<ProcessMemory> KernelsAfterTab,
    IReadOnlyList<string> Leftovers, string? Failure, string? HubLogTail);

/// <summary>
/// A class on a real JupyterHub (Debian's jupyterhub and configurable-http-proxy, on 127.0.0.1), driven by
/// Hub/class_on_hub.py with Debian's python3: the one driver the class test and the class bench share.
/// </summary>
public static class ClassOnHub
{
    public const string JupyterHub = "/usr/bin/jupyterhub";
    public const string Proxy = "/usr/bin/configurable-http-proxy";
    public const string Python = "/usr/bin/python3";
    public const string DefaultLesson = "notebooks/03-learning-rates.ipynb";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>
    /// Runs a class of <paramref name="students"/> on the `downhill` kernelspec found under <paramref name="jupyterPath"/>;
    /// the script gives up on its own after <paramref name="timeout"/>, and is stopped a minute later if it has not.
    /// </summary>
    public static ClassReport Run(string jupyterPath, int students, TimeSpan timeout, string lesson = DefaultLesson)
    {
        var work = Path.Combine(Path.GetTempPath(), $"downhill-class-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        try
        {
            var start = new ProcessStartInfo(Python,
            [
                Path.Combine(AppContext.BaseDirectory, "Hub", "class_on_hub.py"),
                "--kernels", jupyterPath, "--kit", RepositoryPaths.Root, "--lesson", lesson,
                "--students", students.ToString(System.Globalization.CultureInfo.InvariantCulture), "--work", work,
                "--timeout", ((int)timeout.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ]);
            var run = ProcessRun.Run(start, timeout + TimeSpan.FromMinutes(1));
            try
            {
                return JsonSerializer.Deserialize<ClassReport>(run.StandardOutput, Json)
                    ?? throw new InvalidOperationException("class_on_hub.py printed no report.");
            }
            catch (JsonException)
            {
                throw new InvalidOperationException($"class_on_hub.py exited ({run.ExitCode}) without a report it could read:\n{run.Output}");
            }
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); }
            catch (IOException) { /* a file still held by a process on its way out; the temp folder is cleaned anyway */ }
        }
    }

    /// <summary>Why a class cannot run here, or null when Debian's hub, proxy and python3 are installed.</summary>
    public static string? MissingPrerequisite()
    {
        if (!File.Exists(JupyterHub)) return "Debian's jupyterhub is not installed (apt-get install jupyterhub)";
        if (!File.Exists(Proxy)) return "configurable-http-proxy is not installed (apt-get install node-configurable-http-proxy)";
        if (!File.Exists(Python)) return "Debian's python3 is not installed";
        return null;
    }
}
