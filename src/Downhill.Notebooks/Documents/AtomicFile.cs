using System.Text;

namespace Downhill.Notebooks.Documents;

/// <summary>
/// Writes a file so readers only ever see the old content or the new, never half of it: the text goes
/// to a temporary file in the same folder (same file system, so the move is a rename), then replaces the
/// target in one step. If anything fails, the temporary file is removed and the old file is untouched.
/// A replaced file keeps its permissions (a private 0600 notebook stays private), a read-only file is refused
/// with a sentence rather than replaced, and a symbolic link is written through (the file it points to is
/// replaced; the link stays a link). A temporary file left by a writer that was killed is removed by the next write.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteAllText(string path, string content) =>
        Write(path, stream =>
        {
            var bytes = Utf8NoBom.GetBytes(content);
            stream.Write(bytes);
        });

    /// <summary>Writes whatever <paramref name="write"/> puts into the stream, atomically.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        var fullPath = CheckWritable(path);
        var folder = Path.GetDirectoryName(fullPath)!;
        var mode = File.Exists(fullPath) && !OperatingSystem.IsWindows() ? File.GetUnixFileMode(fullPath) : (UnixFileMode?)null;
        RemoveAbandonedTemporaries(folder, Path.GetFileName(fullPath));
        var temporary = Path.Combine(folder, TemporaryName(Path.GetFileName(fullPath), Environment.ProcessId, Guid.NewGuid()));
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            if (mode is { } keep && !OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, keep);
            File.Move(temporary, fullPath, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>
    /// Checks, before any work is done, that <paramref name="path"/> can be written: its folder exists or can be
    /// made and takes a new file, and the file, if there is one, is not read-only. Returns the path to write
    /// (through symbolic links); a problem is a <see cref="NotebookException"/> with one sentence.
    /// </summary>
    public static string CheckWritable(string path)
    {
        var fullPath = ThroughLinks(Path.GetFullPath(path));
        if (Directory.Exists(fullPath)) throw new NotebookException($"Cannot write {path}: it is a folder.");
        if (File.Exists(fullPath) && IsReadOnly(fullPath))
            throw new NotebookException($"Cannot write {path}: it is read-only, so it was left as it is (make it writable, or write elsewhere).");
        var folder = Path.GetDirectoryName(fullPath)!;
        var probe = Path.Combine(folder, $".downhill-write-check.{Guid.NewGuid():N}.tmp");
        try
        {
            if (File.Exists(folder)) throw new IOException($"{folder} is a file, not a folder");
            Directory.CreateDirectory(folder);
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None)) { }
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new NotebookException($"Cannot write {path}: {e.Message.TrimEnd('.')}.");
        }
        return fullPath;
    }

    // ".lesson.ipynb.4711-<guid>.tmp": hidden, and naming the process writing it, so a later writer can tell its own
    // leftovers from another's work in progress.
    private static string TemporaryName(string fileName, int processId, Guid unique) => $".{fileName}.{processId}-{unique:N}.tmp";

    /// <summary>
    /// A writer killed mid-write (SIGKILL, a power cut) cannot remove its temporary file; the next write of the same file
    /// does, when the process that made it is gone. A temporary file of a live process (a concurrent writer) is left alone.
    /// </summary>
    private static void RemoveAbandonedTemporaries(string folder, string fileName)
    {
        if (!Directory.Exists(folder)) return;
        var prefix = $".{fileName}.";
        foreach (var candidate in Directory.EnumerateFiles(folder, $".{fileName}.*.tmp"))
        {
            var middle = Path.GetFileName(candidate)[prefix.Length..^".tmp".Length];
            var dash = middle.IndexOf('-');
            if (dash <= 0 || !int.TryParse(middle[..dash], out var writer) || writer == Environment.ProcessId || IsRunning(writer)) continue;
            TryDelete(candidate);
        }
    }

    private static bool IsRunning(int processId)
    {
        if (OperatingSystem.IsLinux()) return Directory.Exists($"/proc/{processId}");
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException) { return false; }
        catch (InvalidOperationException) { return false; }
    }

    private static bool IsReadOnly(string path) =>
        OperatingSystem.IsWindows()
            ? File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly)
            : (File.GetUnixFileMode(path) & UnixFileMode.UserWrite) == 0;

    // A link is written through: the file it finally points to is replaced, so the link stays a link.
    private static string ThroughLinks(string path) =>
        new FileInfo(path).LinkTarget is not null && File.ResolveLinkTarget(path, returnFinalTarget: true) is { } target
            ? target.FullName
            : path;

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { /* best effort: a stray temporary file is better than hiding the real error */ }
        catch (UnauthorizedAccessException) { }
    }
}
