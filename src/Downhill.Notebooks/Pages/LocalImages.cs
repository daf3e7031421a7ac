using Downhill.Notebooks.Documents;

namespace Downhill.Notebooks.Pages;

/// <summary>
/// The images a notebook shows from its own folder (<c>![](fig.png)</c>), for a safe page: its Content-Security-Policy
/// loads images from data: addresses only, so each one is carried inside the page. Only regular image files inside the
/// notebook's folder are read, never through a symbolic link: a student's page must not carry the marker's files.
/// </summary>
internal sealed class LocalImages(string notebookFolder)
{
    /// <summary>10 MiB: a photograph or a saved chart; anything larger stays out of the page.</summary>
    private const long LargestImage = 10L << 20;

    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".svg"] = "image/svg+xml", // drawn through <img>, so any script in it does not run
    };

    private readonly string folder = Path.GetFullPath(notebookFolder);

    /// <summary>The image at <paramref name="source"/> as a data: address, or null when it is not one of the notebook's own images.</summary>
    public string? DataAddress(string source)
    {
        if (Path.IsPathRooted(source) || Uri.TryCreate(source, UriKind.Absolute, out _)) return null; // http:, data:, /etc/…
        var relative = Uri.UnescapeDataString(source.Split('?', '#')[0]);
        if (relative.Length == 0 || !Types.TryGetValue(Path.GetExtension(relative), out var type)) return null;
        var path = Path.GetFullPath(relative, folder);
        if (!InsideWithoutLinks(path) || !RegularFile.IsRegularItself(path)) return null;
        try
        {
            if (new FileInfo(path).Length > LargestImage) return null;
            return $"data:{type};base64,{Convert.ToBase64String(File.ReadAllBytes(path))}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // unreadable: the image stays out, as a missing one would
        }
    }

    // Below the notebook's folder, and no folder on the way is a link that could lead out of it.
    private bool InsideWithoutLinks(string path)
    {
        var relative = Path.GetRelativePath(folder, path);
        if (relative == "." || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)) return false;
        var current = folder;
        foreach (var part in Path.GetDirectoryName(relative)!.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            if (new DirectoryInfo(current).LinkTarget is not null) return false;
        }
        return true;
    }
}
