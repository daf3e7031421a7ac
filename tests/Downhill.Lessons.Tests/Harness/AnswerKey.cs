using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Downhill.Lessons.Tests.Harness;

/// <summary>One answer from the guide: a value for a variable ("nextW = 4.6"), or code that replaces a declaration.</summary>
/// <param name="Name">The variable or function the student changes.</param>
/// <param name="Code">For a value, the C# literal; for code, the whole declaration that replaces the student's.</param>
/// <param name="IsCode">True for a "write it" answer.</param>
public sealed record Answer(string Name, string Code, bool IsCode);

/// <summary>
/// The exercise answers as the instructor's guide gives them, under each "## NN · …" heading:
/// "- Exercise 1: `nextW = 4.6`" for a value, or for a "write it" exercise
/// "- Exercise 2: write `Step`" followed by an indented ```csharp block holding the whole declaration.
/// Reading them from the guide keeps the guide and the checks honest together.
/// </summary>
public static partial class AnswerKey
{
    public static string GuidePath => Path.Combine(RepositoryPaths.Root, "docs", "instructor-guide.md");

    [GeneratedRegex(@"^## (?<number>\d\d) ·")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^- Exercise \d+: `(?<name>[A-Za-z_][A-Za-z0-9_]*) = (?<value>[^`]+)`")]
    private static partial Regex ValueAnswer();

    [GeneratedRegex(@"^- Exercise \d+: write `(?<name>[A-Za-z_][A-Za-z0-9_]*)`")]
    private static partial Regex CodeAnswer();

    /// <summary>The answers for one lesson, in exercise order.</summary>
    public static IReadOnlyList<Answer> For(string lesson)
    {
        var number = lesson[..2];
        var answers = new List<Answer>();
        string? section = null;
        var lines = File.ReadAllLines(GuidePath);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var heading = Heading().Match(line);
            if (heading.Success) section = heading.Groups["number"].Value;
            else if (line.StartsWith("## ", StringComparison.Ordinal)) section = null;
            if (section != number) continue;

            var value = ValueAnswer().Match(line);
            if (value.Success)
            {
                answers.Add(new Answer(value.Groups["name"].Value, value.Groups["value"].Value, IsCode: false));
                continue;
            }
            var code = CodeAnswer().Match(line);
            if (!code.Success) continue;
            var open = Array.FindIndex(lines, i + 1, l => l.Trim().StartsWith("```csharp", StringComparison.Ordinal));
            var close = open < 0 ? -1 : Array.FindIndex(lines, open + 1, l => l.Trim() == "```");
            Assert.True(open == i + 1 && close > open,
                $"The guide's answer \"{line.Trim()}\" (lesson {number}) must be followed by a ```csharp block.");
            var body = string.Join("\n", lines[(open + 1)..close].Select(l => l.StartsWith("  ", StringComparison.Ordinal) ? l[2..] : l));
            answers.Add(new Answer(code.Groups["name"].Value, body, IsCode: true));
            i = close;
        }
        return answers;
    }

    /// <summary>Puts every answer into a cell's source; a cell that declares none of them comes back unchanged.</summary>
    public static string Fill(string source, IEnumerable<Answer> answers)
    {
        foreach (var answer in answers)
            source = answer.IsCode ? Replace(source, answer.Name, answer.Code) : FillValue(source, answer.Name, answer.Code);
        return source;
    }

    /// <summary>Replaces the placeholder declaration "T name = …;" in a cell with the value, keeping its type.</summary>
    public static string FillValue(string source, string name, string value) =>
        Regex.Replace(source, $@"^(?<type>[\w<>\[\], ?.]+?) {name} = [^;]*;", m => $"{m.Groups["type"].Value} {name} = {value};", RegexOptions.Multiline);

    /// <summary>
    /// Replaces the declaration of <paramref name="name"/> in a cell — a function (method or local function) or a
    /// variable — with <paramref name="declaration"/>, as a student who wrote it would. The cell's comments stay.
    /// </summary>
    public static string Replace(string source, string name, string declaration)
    {
        var root = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(kind: SourceCodeKind.Script)).GetRoot();
        SyntaxNode? target = root.DescendantNodes().FirstOrDefault(n => n switch
        {
            MethodDeclarationSyntax m => m.Identifier.Text == name,
            LocalFunctionStatementSyntax f => f.Identifier.Text == name,
            FieldDeclarationSyntax field => field.Declaration.Variables.Any(v => v.Identifier.Text == name),
            LocalDeclarationStatementSyntax local => local.Declaration.Variables.Any(v => v.Identifier.Text == name),
            _ => false,
        });
        if (target is null) return source;
        return source[..target.Span.Start] + declaration.Trim() + source[target.Span.End..];
    }
}
