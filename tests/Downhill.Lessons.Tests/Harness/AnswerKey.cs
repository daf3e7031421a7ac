using System.Text.RegularExpressions;

namespace Downhill.Lessons.Tests.Harness;

/// <summary>
/// The exercise answers as the instructor's guide gives them: under each "## NN · …" heading, lines like
/// "- Exercise 1: `nextW = 4.6`". Reading them from the guide keeps the guide and the checks honest together.
/// </summary>
public static partial class AnswerKey
{
    public static string GuidePath => Path.Combine(RepositoryPaths.Root, "docs", "instructor-guide.md");

    [GeneratedRegex(@"^## (?<number>\d\d) ·")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^- Exercise \d+: `(?<name>[A-Za-z_][A-Za-z0-9_]*) = (?<value>[^`]+)`")]
    private static partial Regex Answer();

    /// <summary>The answers for one lesson, as (variable, C# literal) pairs in exercise order.</summary>
    public static IReadOnlyList<(string Name, string Value)> For(string lesson)
    {
        var number = lesson[..2];
        var answers = new List<(string, string)>();
        string? section = null;
        foreach (var line in File.ReadLines(GuidePath))
        {
            var heading = Heading().Match(line);
            if (heading.Success) section = heading.Groups["number"].Value;
            else if (line.StartsWith("## ", StringComparison.Ordinal)) section = null;
            var answer = Answer().Match(line);
            if (answer.Success && section == number) answers.Add((answer.Groups["name"].Value, answer.Groups["value"].Value));
        }
        return answers;
    }

    /// <summary>Replaces the placeholder declaration "T name = …;" in a cell with the answer, keeping its type.</summary>
    public static string Fill(string source, IReadOnlyList<(string Name, string Value)> answers)
    {
        foreach (var (name, value) in answers)
            source = Regex.Replace(source, $@"^(\w+) {name} = [^;]*;", m => $"{m.Groups[1].Value} {name} = {value};", RegexOptions.Multiline);
        return source;
    }
}
