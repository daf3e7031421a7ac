using System.Diagnostics;

namespace Downhill.Jupyter.Hosting;

/// <summary>
/// Ends the kernel when the client that started it has gone. jupyter_client (JupyterLab, nbclient, nbconvert)
/// names itself in <c>JPY_PARENT_PID</c>, as ipykernel expects; a client that dies without asking for a
/// shutdown — a crashed editor, a killed nbconvert — would otherwise leave the kernel running alone, perhaps
/// in a runaway cell, holding the dead client's output streams open for whoever waits on them.
/// </summary>
internal static class ClientWatch
{
    public const string Variable = "JPY_PARENT_PID";

    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    /// <summary>The client's process id from the environment, or null when no client named itself (or on Windows, where it is a handle).</summary>
    public static int? ClientFromEnvironment() =>
        !OperatingSystem.IsWindows() && int.TryParse(Environment.GetEnvironmentVariable(Variable), out var id) && id > 1 ? id : null;

    /// <summary>Checks once a second on a background thread and calls <paramref name="clientGone"/> once the client has exited.</summary>
    public static void Start(int clientProcessId, Action clientGone)
    {
        // When the client started this process itself (the usual case), the operating system hands the kernel to
        // another parent the moment the client exits, even before anyone collects the client's exit status.
        var isParent = ParentProcessId() == clientProcessId;
        new Thread(() =>
        {
            while (isParent ? ParentProcessId() == clientProcessId : IsRunning(clientProcessId)) Thread.Sleep(Interval);
            clientGone();
        })
        { IsBackground = true, Name = "client watch" }.Start();
    }

    // Linux's /proc/self/stat: "pid (command) state ppid ..."; the command may itself hold spaces and parentheses.
    private static int? ParentProcessId()
    {
        try
        {
            var stat = File.ReadAllText("/proc/self/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            return null; // not Linux: ask whether the client still runs instead
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false; // no such process any more
        }
    }
}
