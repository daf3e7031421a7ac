using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Downhill.Notebooks.Parameters;

/// <summary>
/// Finds the variables a parameters cell declares, by parsing it as a C# script (never by running it),
/// so "-p" values can be checked and typed before a notebook starts.
/// </summary>
public static class ParametersCell
{
    private static readonly CSharpParseOptions ScriptOptions = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    public static IReadOnlyList<ParameterDeclaration> Declarations(string source)
    {
        var root = CSharpSyntaxTree.ParseText(source, ScriptOptions).GetCompilationUnitRoot();
        var declarations = new List<ParameterDeclaration>();
        foreach (var node in root.DescendantNodes(descendIntoChildren: n => n is CompilationUnitSyntax or GlobalStatementSyntax))
        {
            var (declaration, modifiers) = node switch
            {
                FieldDeclarationSyntax field => (field.Declaration, field.Modifiers),
                LocalDeclarationStatementSyntax local => (local.Declaration, local.Modifiers),
                _ => (null, default(SyntaxTokenList)),
            };
            if (declaration is null) continue;
            var isConstant = modifiers.Any(SyntaxKind.ConstKeyword);
            foreach (var variable in declaration.Variables)
                declarations.Add(new ParameterDeclaration(variable.Identifier.ValueText, TypeOf(declaration.Type, variable.Initializer?.Value), isConstant));
        }
        return declarations;
    }

    private static string? TypeOf(TypeSyntax type, ExpressionSyntax? initializer)
    {
        if (type is NullableTypeSyntax nullable) type = nullable.ElementType;
        if (type is PredefinedTypeSyntax predefined) return predefined.Keyword.ValueText;
        if (type.IsVar) return initializer is null ? null : LiteralType(initializer);
        var name = type.ToString();
        return name switch
        {
            "Double" or "System.Double" => "double",
            "Int32" or "System.Int32" => "int",
            "String" or "System.String" => "string",
            "Boolean" or "System.Boolean" => "bool",
            _ => name,
        };
    }

    /// <summary>The type C# gives a literal initializer (a leading minus allowed), or null for anything else.</summary>
    private static string? LiteralType(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax p) expression = p.Expression;
        if (expression is PrefixUnaryExpressionSyntax { OperatorToken.RawKind: (int)SyntaxKind.MinusToken or (int)SyntaxKind.PlusToken } unary)
            expression = unary.Operand;
        if (expression is not LiteralExpressionSyntax literal) return null;
        return literal.Token.Value switch
        {
            int => "int",
            uint => "uint",
            long => "long",
            ulong => "ulong",
            double => "double",
            float => "float",
            decimal => "decimal",
            bool => "bool",
            char => "char",
            string => "string",
            _ => null,
        };
    }
}
