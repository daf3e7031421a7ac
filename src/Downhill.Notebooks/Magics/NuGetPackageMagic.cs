namespace Downhill.Notebooks.Magics;

/// <summary><c>#r "nuget: Name, Version"</c> (version optional: the latest): a NuGet package for the session.</summary>
internal sealed record NuGetPackageMagic(int Line, string Name, string? Version) : MagicCommand(Line)
{
    public const string Prefix = "nuget:";

    public static bool IsPackage(string argument) => argument.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);

    public static NuGetPackageMagic Parse(int line, string argument)
    {
        var parts = argument[Prefix.Length..].Split(',', StringSplitOptions.TrimEntries);
        var name = parts[0];
        if (name.Length == 0 || parts.Length > 2 || name.Any(char.IsWhiteSpace))
            throw new MagicCommandException(line, $"a package reference is written #r \"nuget: Name, Version\" (the version may be left out); got #r \"{argument}\"");
        var version = parts.Length == 2 && parts[1].Length > 0 ? parts[1] : null;
        return new NuGetPackageMagic(line, name, version);
    }
}
