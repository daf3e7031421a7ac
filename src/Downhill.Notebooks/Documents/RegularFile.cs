using System.Runtime.InteropServices;

namespace Downhill.Notebooks.Documents;

/// <summary>
/// Tells a notebook file from things that only look like one by name: a symbolic link to nothing, a loop of links,
/// a named pipe (reading one waits for a writer that may never come), a device or a socket. .NET sees all of these
/// as existing files, so the file's type is asked of Linux itself (statx).
/// </summary>
public static class RegularFile
{
    /// <summary>
    /// Returns when <paramref name="path"/>, through its links, is a regular file; otherwise throws a
    /// <see cref="NotebookException"/> saying in one sentence what is there instead.
    /// </summary>
    /// <param name="path">The file to check.</param>
    /// <param name="name">How the message names it (the file name as the user gave it).</param>
    public static void Require(string path, string name)
    {
        var problem = Problem(path, followLinks: true);
        if (problem is not null) throw new NotebookException($"{name} {problem}.");
    }

    /// <summary>True when <paramref name="path"/> itself (not what a link points to) is a regular file.</summary>
    public static bool IsRegularItself(string path) => Problem(path, followLinks: false) is null;

    // Null for a regular file, else the rest of a sentence that starts with the file's name.
    private static string? Problem(string path, bool followLinks)
    {
        if (!OperatingSystem.IsLinux())
            return File.Exists(path) && (followLinks || new FileInfo(path).LinkTarget is null) ? null : "is not a file that can be read";
        var buffer = new byte[StatxSize];
        if (statx(AtCurrentDirectory, path, followLinks ? 0 : AtSymlinkNoFollow, StatxType, buffer) != 0)
        {
            return Marshal.GetLastPInvokeError() switch
            {
                ENOENT when new FileInfo(path).LinkTarget is { } target => $"is a symbolic link to {target}, which does not exist",
                ENOENT => "does not exist",
                ELOOP => "is a symbolic link that leads back to itself (a loop of links), so there is no file to read",
                EACCES => "cannot be reached: permission denied",
                var errno => $"cannot be examined ({Marshal.GetPInvokeErrorMessage(errno)})",
            };
        }
        var type = BitConverter.ToUInt16(buffer, ModeOffset) & FileTypeMask;
        return type switch
        {
            RegularType => null,
            DirectoryType => "is a folder, not a file",
            PipeType => "is a named pipe (FIFO), not a file; downhill reads only regular files",
            SymbolicLinkType => "is a symbolic link",
            SocketType => "is a socket, not a file; downhill reads only regular files",
            _ => "is a device, not a file; downhill reads only regular files",
        };
    }

    // statx(2): the struct's layout is the same on every Linux architecture, unlike stat's.
    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int StatxSize = 256;
    private const int ModeOffset = 28;
    private const int FileTypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int DirectoryType = 0x4000;
    private const int PipeType = 0x1000;
    private const int SymbolicLinkType = 0xA000;
    private const int SocketType = 0xC000;
    private const int ENOENT = 2;
    private const int EACCES = 13;
    private const int ELOOP = 40;

    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}
