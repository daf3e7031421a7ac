namespace Downhill.Notebooks.Documents;

/// <summary>Opens .ipynb and .dib files and saves notebooks as .ipynb, atomically.</summary>
public static class NotebookFile
{
    /// <summary>The extensions downhill reads.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".ipynb", ".dib"];

    public static bool IsNotebook(string path) =>
        Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    public static Notebook Read(string path)
    {
        var name = Path.GetFileName(path);
        if (!IsNotebook(path))
            throw new NotebookException($"{name} is not a notebook: downhill reads .ipynb and .dib files.");
        if (!File.Exists(path))
            throw new NotebookException($"There is no notebook at {path}.");
        RegularFile.Require(path, name); // before opening: a named pipe would block the read for ever
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new NotebookException($"Cannot read {name}: {e.Message.TrimEnd('.')}.", e);
        }
        return Path.GetExtension(path).Equals(".dib", StringComparison.OrdinalIgnoreCase)
            ? DibReader.Parse(text, name)
            : IpynbReader.Parse(text, name);
    }

    /// <summary>Saves <paramref name="notebook"/> as nbformat 4.5; the old file stays whole if the write fails.</summary>
    public static void Write(Notebook notebook, string path) => AtomicFile.WriteAllText(path, IpynbWriter.ToJson(notebook));
}
