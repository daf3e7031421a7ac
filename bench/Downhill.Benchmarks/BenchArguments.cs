namespace Downhill.Benchmarks;

/// <summary>What the bench's own commands (class, lessons, cells) read from their arguments and the machine.</summary>
internal static class BenchArguments
{
    /// <summary>The value after <paramref name="name"/> ("--students 10"), or null when it is not given.</summary>
    public static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    /// <summary>The one-minute load average, printed beside every figure: a busy machine shifts them all.</summary>
    public static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
}
