using System.Text.RegularExpressions;

namespace Downhill.Notebooks.Magics;

/// <summary>A cell split into its magic commands and the C# left to compile.</summary>
/// <param name="Code">The C# with every magic line blanked, so compiler line numbers are the cell's own.</param>
/// <param name="Magics">The magic commands, in the order they appear.</param>
internal sealed record PreparedCell(string Code, IReadOnlyList<MagicCommand> Magics)
{
    public bool IsMarkdown => Magics.OfType<MarkdownMarker>().Any();

    public bool IsTimed => Magics.OfType<TimeMagic>().Any();
}

/// <summary>
/// Finds the magic commands of a cell — the lines <see cref="MagicLines"/> names, at the top or anywhere on their
/// own line — as .NET Interactive did.
/// </summary>
internal static partial class MagicParser
{
    public const string KnownMagics = "#!csharp, #!markdown, #!time, #r and #i";

    [GeneratedRegex("""^#(?<kind>[ri])(?:\s+"(?<argument>[^"]*)")?\s*$""")]
    private static partial Regex ReferenceLine();

    /// <exception cref="MagicCommandException">A magic command is unknown or malformed.</exception>
    public static PreparedCell Parse(string cell)
    {
        var lines = cell.Split('\n');
        if (lines.FirstOrDefault(l => l.Trim().Length > 0)?.Trim() == "#!" + MarkdownMarker.Name)
            return new PreparedCell("", [new MarkdownMarker(Array.FindIndex(lines, l => l.Trim().Length > 0) + 1)]);

        var magics = new List<MagicCommand>();
        for (var i = 0; i < lines.Length; i++)
        {
            var magic = ParseLine(i + 1, lines[i].Trim());
            if (magic is null) continue;
            magics.Add(magic);
            lines[i] = "";
        }
        return new PreparedCell(string.Join('\n', lines), magics);
    }

    private static MagicCommand? ParseLine(int line, string text)
    {
        if (!MagicLines.IsMagic(text)) return null;
        if (text.StartsWith("#!", StringComparison.Ordinal))
            return ParseDirective(line, text[2..].Trim());

        var match = ReferenceLine().Match(text);
        if (!match.Success || !match.Groups["argument"].Success)
            throw new MagicCommandException(line, $"write the reference in quotes, e.g. #r \"nuget: Newtonsoft.Json, 13.0.3\" or #r \"lib/Tools.dll\"; got {text}");
        var argument = match.Groups["argument"].Value.Trim();
        if (match.Groups["kind"].Value == "i") return NuGetSourceMagic.Parse(line, argument);
        if (NuGetPackageMagic.IsPackage(argument)) return NuGetPackageMagic.Parse(line, argument);
        if (argument.Length == 0) throw new MagicCommandException(line, "#r \"\" names no assembly: give a path such as #r \"lib/Tools.dll\"");
        return new AssemblyReferenceMagic(line, argument);
    }

    private static MagicCommand ParseDirective(int line, string directive)
    {
        var name = directive.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        if (CSharpMarker.Names.Contains(name)) return new CSharpMarker(line);
        if (name == TimeMagic.Name) return new TimeMagic(line);
        if (name == MarkdownMarker.Name)
            throw new MagicCommandException(line, "#!markdown must be the first line of a cell; this cell mixes prose and code");
        throw new MagicCommandException(line, $"unknown magic command #!{name}: this kit runs C# cells and knows {KnownMagics}");
    }
}
