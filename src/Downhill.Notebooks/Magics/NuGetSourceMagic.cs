namespace Downhill.Notebooks.Magics;

/// <summary><c>#i "nuget: https://…/index.json"</c> (or a local folder): one more place to restore packages from.</summary>
internal sealed record NuGetSourceMagic(int Line, string Source) : MagicCommand(Line)
{
    public const string Prefix = "nuget:";

    public static NuGetSourceMagic Parse(int line, string argument)
    {
        if (!argument.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            throw new MagicCommandException(line, $"#i only adds package sources, written #i \"nuget: https://…/index.json\"; got #i \"{argument}\"");
        var source = argument[Prefix.Length..].Trim();
        if (source.Length == 0) throw new MagicCommandException(line, "#i \"nuget: …\" needs a source address or folder after \"nuget:\"");
        return new NuGetSourceMagic(line, source);
    }
}
