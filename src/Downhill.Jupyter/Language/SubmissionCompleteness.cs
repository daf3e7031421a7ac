using Downhill.Notebooks.Magics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Downhill.Jupyter.Language;

internal enum SubmissionState
{
    Complete,
    Incomplete,
    Invalid,
}

/// <summary>
/// Whether a console front-end should run what was typed or wait for more lines (is_complete_request).
/// </summary>
internal static class SubmissionCompleteness
{
    private const string IndentUnit = "    ";

    public static (SubmissionState State, string Indent) Check(string code)
    {
        if (string.IsNullOrWhiteSpace(code)) return (SubmissionState.Complete, "");
        var tree = CSharpSyntaxTree.ParseText(MagicLines.Blank(code), ScriptSemantics.ParseOptions);
        if (!SyntaxFactory.IsCompleteSubmission(tree))
            return (SubmissionState.Incomplete, Indent(tree));
        return tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error)
            ? (SubmissionState.Invalid, "")
            : (SubmissionState.Complete, "");
    }

    /// <summary>One indent unit per brace, bracket or parenthesis still open at the end.</summary>
    private static string Indent(SyntaxTree tree)
    {
        var depth = 0;
        foreach (var token in tree.GetRoot().DescendantTokens())
        {
            if (token.IsMissing) continue;
            if (token.IsKind(SyntaxKind.OpenBraceToken) || token.IsKind(SyntaxKind.OpenParenToken) || token.IsKind(SyntaxKind.OpenBracketToken)) depth++;
            if (token.IsKind(SyntaxKind.CloseBraceToken) || token.IsKind(SyntaxKind.CloseParenToken) || token.IsKind(SyntaxKind.CloseBracketToken)) depth--;
        }
        return string.Concat(Enumerable.Repeat(IndentUnit, Math.Max(depth, 0)));
    }
}
