using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Downhill.Jupyter.Language;

/// <summary>
/// What Tab offers at a position, from the compiler's own name lookup: after a dot, the members of what stands before it
/// (a namespace's types, a type's static members, a value's instance members and extension methods); elsewhere, every
/// name in scope (the cells' variables, the imported types, <c>display</c>) and the C# keywords.
/// </summary>
internal static class ScriptCompletion
{
    /// <summary>One suggestion: the text to insert and its kind, in Jupyter's words ("method", "class", "keyword", …).</summary>
    public sealed record Item(string Text, string Kind);

    /// <summary>The suggestions for the word being typed at <paramref name="position"/>, and the span that word covers.</summary>
    public static (IReadOnlyList<Item> Items, int Start, int End) At(SemanticModel model, int position)
    {
        var text = model.SyntaxTree.GetText().ToString();
        var start = position;
        while (start > 0 && IsIdentifierPart(text[start - 1])) start--;
        var end = position;
        while (end < text.Length && IsIdentifierPart(text[end])) end++;
        var typed = text[start..position];

        var root = model.SyntaxTree.GetRoot();
        var before = root.FindToken(Math.Max(start - 1, 0));
        var candidates = before.IsKind(SyntaxKind.DotToken) && before.SpanStart == start - 1
            ? MembersOf(model, before, start)
            : InScope(model, start);

        var items = candidates
            .Where(item => item.Text.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .OrderBy(item => item.Text.StartsWith(typed, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(item => item.Text, StringComparer.OrdinalIgnoreCase)
            .DistinctBy(item => item.Text)
            .ToList();
        return (items, start, end);
    }

    // After "x.": what x names decides what may follow.
    private static IEnumerable<Item> MembersOf(SemanticModel model, SyntaxToken dot, int position)
    {
        var receiver = dot.Parent switch
        {
            MemberAccessExpressionSyntax access => access.Expression,
            QualifiedNameSyntax name => name.Left,
            MemberBindingExpressionSyntax binding when binding.FirstAncestorOrSelf<ConditionalAccessExpressionSyntax>() is { } conditional => conditional.Expression, // x?.
            _ => null,
        };
        if (receiver is null) return [];
        var named = model.GetSymbolInfo(receiver) is { Symbol: { } symbol } ? symbol : model.GetSymbolInfo(receiver).CandidateSymbols.FirstOrDefault();
        switch (named)
        {
            case INamespaceSymbol space:
                return Items(model.LookupNamespacesAndTypes(position, space));
            case ITypeSymbol type when receiver is not InvocationExpressionSyntax && !IsValueNamedLikeItsType(model, receiver):
                return Items(model.LookupStaticMembers(position, type).Concat(model.LookupNamespacesAndTypes(position, type)));
        }
        var valueType = model.GetTypeInfo(receiver).Type;
        if (valueType is null || valueType.TypeKind == TypeKind.Error) return [];
        return Items(model.LookupSymbols(position, valueType, includeReducedExtensionMethods: true).Where(symbol => !symbol.IsStatic || IsExtension(symbol)));
    }

    // "Color Color": a variable whose name is also a type's; the variable wins, as in the compiler.
    private static bool IsValueNamedLikeItsType(SemanticModel model, ExpressionSyntax receiver) =>
        model.GetSymbolInfo(receiver).Symbol is ILocalSymbol or IFieldSymbol or IPropertySymbol or IParameterSymbol;

    private static bool IsExtension(ISymbol symbol) => symbol is IMethodSymbol { ReducedFrom: not null } or IMethodSymbol { IsExtensionMethod: true };

    private static IEnumerable<Item> InScope(SemanticModel model, int position) =>
        Items(model.LookupSymbols(position)).Concat(Keywords.Select(keyword => new Item(keyword, "keyword")));

    private static IEnumerable<Item> Items(IEnumerable<ISymbol> symbols) =>
        symbols.Where(symbol => symbol.CanBeReferencedByName && !symbol.IsImplicitlyDeclared)
            .Select(symbol => new Item(symbol.Name, Kind(symbol)));

    private static string Kind(ISymbol symbol) => symbol switch
    {
        INamespaceSymbol => "namespace",
        INamedTypeSymbol { TypeKind: TypeKind.Interface } => "interface",
        INamedTypeSymbol { TypeKind: TypeKind.Struct } => "struct",
        INamedTypeSymbol { TypeKind: TypeKind.Enum } => "enum",
        INamedTypeSymbol { TypeKind: TypeKind.Delegate } => "delegate",
        INamedTypeSymbol => "class",
        IMethodSymbol => "method",
        IPropertySymbol => "property",
        IFieldSymbol { IsConst: true } => "constant",
        IFieldSymbol => "field",
        IEventSymbol => "event",
        ILocalSymbol or IParameterSymbol or IRangeVariableSymbol => "local",
        _ => "",
    };

    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_';

    // Every C# keyword the language has, contextual ones included ("var", "await", "record"), from the compiler itself.
    private static readonly string[] Keywords =
        SyntaxFacts.GetKeywordKinds().Concat(SyntaxFacts.GetContextualKeywordKinds())
            .Select(SyntaxFacts.GetText)
            .Where(keyword => keyword.Length > 0 && char.IsLetter(keyword[0]))
            .Distinct()
            .ToArray();
}
