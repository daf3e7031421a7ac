using System.Text.RegularExpressions;

namespace Downhill.Jupyter.Language;

/// <summary>
/// Cell magics (#!time, #r "nuget: …", #i) are the executor's business, not C#'s. For completion
/// and syntax checks they are blanked out, keeping line numbers and offsets where they were.
/// </summary>
internal static partial class Magics
{
    [GeneratedRegex("""^[ \t]*(#!.*|#r[ \t]+"nuget:.*|#i[ \t]+.*)$""", RegexOptions.Multiline)]
    private static partial Regex MagicLine();

    public static string Blank(string code) => MagicLine().Replace(code, m => new string(' ', m.Length));
}
