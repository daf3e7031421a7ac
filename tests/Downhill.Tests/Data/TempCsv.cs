using Downhill.Testing;

namespace Downhill.Tests.Data;

/// <summary>Writes a small CSV into a fresh temp folder so a test can feed the loader exactly the lines it needs.</summary>
internal static class TempCsv
{
    public static string Write(string fileName, params string[] lines)
    {
        var path = Path.Combine(RepositoryPaths.NewTempFolder("downhill-csv"), fileName);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }
}
