namespace Downhill.Notebooks.Magics;

/// <summary><c>#r "relative/path/Lib.dll"</c>: an assembly file, found relative to the notebook's folder.</summary>
internal sealed record AssemblyReferenceMagic(int Line, string Path) : MagicCommand(Line)
{
    /// <summary>The assembly's simple name as the file name says it ("Downhill" for ".../Downhill.dll").</summary>
    public string AssemblyName =>
        Path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || Path.EndsWith(".exe", StringComparison.OrdinalIgnoreCase)
            ? System.IO.Path.GetFileNameWithoutExtension(Path)
            : System.IO.Path.GetFileName(Path);

    public string FullPath(string workingDirectory) => System.IO.Path.GetFullPath(Path, workingDirectory);
}
