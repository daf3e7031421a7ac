using System.Diagnostics;

namespace Downhill.Lessons.Tests.Harness;

/// <summary>Validates a notebook file with Debian's real nbformat package (the schema Jupyter itself uses).</summary>
public static class Nbformat
{
    private const string Script = """
        import sys, nbformat
        nb = nbformat.read(sys.argv[1], as_version=nbformat.NO_CONVERT)
        nbformat.validate(nb)
        if (nb.nbformat, nb.nbformat_minor) != (4, 5):
            sys.exit(f"nbformat {nb.nbformat}.{nb.nbformat_minor}, expected 4.5")
        missing = [i for i, c in enumerate(nb.cells) if not c.get("id")]
        if missing:
            sys.exit(f"cells without an id: {missing}")
        """;

    /// <summary>Returns null when the file is valid nbformat 4.5 with cell ids, else nbformat's complaint.</summary>
    public static string? Problems(string path)
    {
        var python = Prerequisites.RequirePythonModules("nbformat");
        using var process = Process.Start(new ProcessStartInfo(python, ["-c", Script, path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? null : errors.Result.Trim();
    }
}
