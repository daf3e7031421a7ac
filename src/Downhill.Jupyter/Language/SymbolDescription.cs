using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Downhill.Jupyter.Language;

/// <summary>What inspect_request shows for the symbol under the cursor: its signature(s) and doc summary.</summary>
internal sealed record SymbolDescription(string PlainText, string Markdown)
{
    private static readonly SymbolDisplayFormat Signature = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeType | SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeContainingType | SymbolDisplayMemberOptions.IncludeRef,
        kindOptions: SymbolDisplayKindOptions.IncludeTypeKeyword,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName | SymbolDisplayParameterOptions.IncludeDefaultValue | SymbolDisplayParameterOptions.IncludeParamsRefOut,
        localOptions: SymbolDisplayLocalOptions.IncludeType,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

    /// <summary>The symbol at (or just before) <paramref name="position"/>, or null when there is none.</summary>
    public static SymbolDescription? At(SemanticModel model, int position)
    {
        var root = model.SyntaxTree.GetRoot();
        var symbols = SymbolsAt(model, root, position);
        if (symbols.Count == 0 && position > 0) symbols = SymbolsAt(model, root, position - 1);
        if (symbols.Count == 0) return null;

        var signatures = symbols.Select(s => s.ToDisplayString(Signature)).Distinct().ToList();
        var summary = Summary(symbols[0]);
        var plain = string.Join("\n", signatures) + (summary is null ? "" : "\n\n" + summary);
        var markdown = "```csharp\n" + string.Join("\n", signatures) + "\n```" + (summary is null ? "" : "\n\n" + summary);
        return new SymbolDescription(plain, markdown);
    }

    private static List<ISymbol> SymbolsAt(SemanticModel model, SyntaxNode root, int position)
    {
        if (position < 0 || position > root.FullSpan.End) return [];
        var token = root.FindToken(position);
        if (!token.IsKind(SyntaxKind.IdentifierToken) && !token.IsKeyword()) return [];
        var node = token.Parent;
        if (node is null) return [];
        var info = model.GetSymbolInfo(node);
        if (info.Symbol is not null) return [Unreduced(info.Symbol)];
        if (!info.CandidateSymbols.IsEmpty) return info.CandidateSymbols.Select(Unreduced).ToList();
        var declared = model.GetDeclaredSymbol(node);
        if (declared is not null) return [declared];
        var type = model.GetTypeInfo(node).Type;
        return type is null || token.IsKind(SyntaxKind.IdentifierToken) && node is not PredefinedTypeSyntax ? [] : [type];
    }

    private static ISymbol Unreduced(ISymbol symbol) => symbol is IMethodSymbol { ReducedFrom: { } original } ? original : symbol;

    /// <summary>The &lt;summary&gt; of the symbol's XML docs, whitespace folded; null when undocumented.</summary>
    private static string? Summary(ISymbol symbol)
    {
        var xml = symbol.GetDocumentationCommentXml(expandIncludes: true);
        if (string.IsNullOrWhiteSpace(xml)) return null;
        try
        {
            var summary = XElement.Parse(xml).Element("summary");
            if (summary is null) return null;
            foreach (var reference in summary.Descendants().Where(e => e.Name == "see" || e.Name == "paramref" || e.Name == "typeparamref").ToList())
            {
                var target = reference.Attribute("cref")?.Value ?? reference.Attribute("name")?.Value ?? reference.Attribute("langword")?.Value ?? "";
                reference.ReplaceWith(target.Contains(':') ? target[(target.IndexOf(':') + 1)..] : target);
            }
            var text = string.Join(" ", summary.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            return text.Length == 0 ? null : text;
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }
}
