using System.Diagnostics;

namespace Downhill.Testing;

/// <summary>A finished process: exit code, standard output, and both streams together for messages.</summary>
public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
{
    public string Output => StandardOutput + StandardError;
}

/// <summary>
/// Runs a process (nbconvert, a jupyter_client script, the downhill command, a prerequisite check) to its end,
/// reading both streams without deadlocking, and never waits for ever. A kernel inherits its client's output streams, so a kernel
/// left running by a client that failed would keep them open and a plain read to the end would never return:
/// every process started here carries a marker in its environment, which kernels inherit, and whatever still
/// carries it when the run is over is killed.
/// </summary>
public static class ProcessRun
{
    private const string MarkerVariable = "DOWNHILL_TEST_RUN";

    /// <summary>How long a run may take before it is stopped; a lesson through nbconvert takes well under a minute.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    public static ProcessResult Run(ProcessStartInfo start, TimeSpan? timeout = null)
    {
        var marker = Guid.NewGuid().ToString("N");
        start.Environment[MarkerVariable] = marker;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();

        var finished = process.WaitForExit(timeout ?? DefaultTimeout);
        if (!finished) process.Kill(entireProcessTree: true);
        var leftovers = KillProcessesMarked(marker);
        var streamsClosed = Task.WaitAll([stdout, stderr], TimeSpan.FromSeconds(30));
        var output = streamsClosed ? stdout.Result + stderr.Result : "(its output streams stayed open)";
        var command = $"{start.FileName} {string.Join(' ', start.ArgumentList)}";
        if (!finished)
            throw new TimeoutException($"{command} did not finish in time and was stopped{Leftovers(leftovers)}. Its output:\n{output}");
        if (!streamsClosed)
            throw new TimeoutException($"{command} exited ({process.ExitCode}), but something it started held its output open{Leftovers(leftovers)}.");
        return new ProcessResult(process.ExitCode, stdout.Result, stderr.Result + Leftovers(leftovers));
    }

    private static string Leftovers(IReadOnlyList<string> killed) =>
        killed.Count == 0 ? "" : $"; left running and killed: {string.Join(", ", killed)}";

    // Linux keeps each process's environment in /proc/PID/environ (NUL-separated); other users' are unreadable.
    private static IReadOnlyList<string> KillProcessesMarked(string marker)
    {
        var killed = new List<string>();
        if (!OperatingSystem.IsLinux()) return killed;
        var entry = $"{MarkerVariable}={marker}";
        foreach (var folder in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var id)) continue;
            try
            {
                if (!File.ReadAllText(Path.Combine(folder, "environ")).Split('\0').Contains(entry)) continue;
                using var process = Process.GetProcessById(id);
                killed.Add($"{process.ProcessName} ({id})");
                process.Kill();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
            {
                // gone meanwhile, or not ours to read
            }
        }
        return killed;
    }
}
