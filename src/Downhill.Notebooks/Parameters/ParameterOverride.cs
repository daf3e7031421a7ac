using System.Text.RegularExpressions;
using Downhill.Notebooks.Documents;

namespace Downhill.Notebooks.Parameters;

/// <summary>One "-p name=value" from the command line, not yet checked against a notebook.</summary>
public sealed partial record ParameterOverride(string Name, string Value)
{
    [GeneratedRegex(@"^\s*(?<name>@?[A-Za-z_][A-Za-z0-9_]*)\s*=(?<value>.*)$", RegexOptions.Singleline)]
    private static partial Regex Assignment();

    /// <summary>Reads "alpha=0.85". The value is everything after the first "=", so strings may contain "=".</summary>
    public static ParameterOverride Parse(string text)
    {
        var match = Assignment().Match(text);
        if (!match.Success)
            throw new NotebookException($"-p {text} is not of the form name=value (for example: -p alpha=0.1).");
        return new ParameterOverride(match.Groups["name"].Value, match.Groups["value"].Value);
    }
}
