using System.Text.RegularExpressions;

namespace Downhill.Lessons.Tests;

/// <summary>
/// The lesson tests read notebook variables by name, a contract a notebook edit can break without a compile error. Each
/// claims file heads its class with the list ("Reads: …"), and this keeps the list true: every variable the file reads is
/// in its list, and every listed name is still read.
/// </summary>
public sealed partial class ClaimsContractTests
{
    [GeneratedRegex(@"Get<(?:[^<>]|<(?:[^<>]|<[^<>]*>)*>)*>\(""(?<name>[A-Za-z0-9_]+)""\)")]
    private static partial Regex Read();

    [GeneratedRegex(@"/// Reads: (?<list>(?:[^\n]*\n///)*?[^\n]*?)\.\s*\n")]
    private static partial Regex ReadsList();

    public static TheoryData<string> ClaimsFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests", "Downhill.Lessons.Tests", "Claims"), "*Claims.cs").Order())
            if (File.ReadAllText(file).Contains("IClassFixture<", StringComparison.Ordinal)) data.Add(Path.GetFileName(file)); // one lesson run per class
        return data;
    }

    [Theory]
    [MemberData(nameof(ClaimsFiles))]
    public void The_claims_file_lists_exactly_the_notebook_variables_it_reads(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "Downhill.Lessons.Tests", "Claims", file));
        var read = Read().Matches(text).Select(m => m.Groups["name"].Value).ToHashSet();
        var header = ReadsList().Match(text);
        Assert.True(header.Success, $"{file} has no \"Reads: …\" line in its class summary");
        var listed = header.Groups["list"].Value.Replace("///", " ").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        Assert.Empty(read.Except(listed));
        Assert.Empty(listed.Except(read));
    }
}
