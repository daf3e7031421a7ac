using System.Globalization;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace Downhill.Jupyter.Language;

/// <summary>
/// An assembly's XML documentation file, read the first time inspect asks for one of its symbols (most are never asked
/// for), so Shift-Tab shows a doc summary. The compiler's own interface to documentation; the IDE's reader lives in
/// Roslyn's workspace layer, which the kernel no longer loads.
/// </summary>
internal sealed class XmlDocFile(string path) : DocumentationProvider
{
    private readonly Lazy<Dictionary<string, string>> _members = new(() => Read(path));

    protected override string? GetDocumentationForSymbol(string documentationMemberID, CultureInfo preferredCulture, CancellationToken cancellationToken = default) =>
        _members.Value.GetValueOrDefault(documentationMemberID);

    // member id ("M:System.Math.Sqrt(System.Double)") → its <member> element, as the compiler hands it to callers.
    private static Dictionary<string, string> Read(string path)
    {
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            foreach (var member in XDocument.Load(path).Descendants("member"))
                if (member.Attribute("name")?.Value is { } name) members.TryAdd(name, member.ToString());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Xml.XmlException)
        {
            // No summaries for this assembly: inspect still shows signatures.
        }
        return members;
    }

    public override bool Equals(object? obj) => obj is XmlDocFile other && other.Path == Path;

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path);

    private string Path => path;
}
