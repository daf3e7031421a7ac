namespace Downhill.Notebooks.CellExecution;

/// <summary>Settings for one C# session (one notebook run or one kernel lifetime).</summary>
public sealed record SessionOptions
{
    /// <summary>Folder that relative paths (#r "lib.dll", data files) resolve against: the notebook's folder.</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>A cell running longer than this is stopped and reported; the session survives.</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Where packages restored by #r "nuget: …" are cached between runs.</summary>
    public string? NuGetCacheDirectory { get; init; }

    /// <summary>
    /// Answers a cell's Console.ReadLine: called with (prompt, isPassword), returns the line typed.
    /// Null (the default) means there is no keyboard, and reading fails with a clear message instead of hanging.
    /// </summary>
    public Func<string, bool, string>? InputProvider { get; init; }
}
