using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Downhill.Notebooks.CellExecution;

/// <summary>
/// Rewrites a cell's code before it compiles so that the commonest ways a student's code ends a process fail as
/// one error in the cell instead (see <see cref="CellGuard"/>):
/// every method, local function, accessor and lambda the cell declares first checks the stack (endless
/// recursion); <c>Environment.Exit(n)</c> becomes an error; the delegate given to <c>new Thread(…)</c> has its
/// exceptions caught and reported. Nothing is added on a new line, so every line number the student sees —
/// compile errors, stack traces — is that of the code as written. Code that does not parse is left alone:
/// the compiler then reports the student's own text.
/// </summary>
/// <remarks>
/// Not covered, by choice: an expression lambda whose whole body is a call (<c>x =&gt; Log(x)</c>) may return
/// void, which cannot be told without binding, so it is left unguarded — recursion through it still passes a
/// guarded method or a block lambda unless the lambda only calls itself. Expression-bodied lambdas that are
/// guarded become block lambdas, which an expression tree (<c>IQueryable</c>) does not accept; the kit's
/// lessons use none.
/// </remarks>
internal static class SubmissionGuards
{
    private const string Guard = "global::Downhill.Notebooks.CellExecution.CellGuard";

    private static readonly CSharpParseOptions ScriptParsing = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    public static string Apply(string code)
    {
        if (!code.Contains('(')) return code; // declares nothing, calls nothing: nothing to guard
        var tree = CSharpSyntaxTree.ParseText(code, ScriptParsing);
        if (tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error)) return code;
        return new Rewriter().Visit(tree.GetRoot()).ToFullString();
    }

    private sealed class Rewriter : CSharpSyntaxRewriter
    {
        private static StatementSyntax Enter() => ParseStatement($"{Guard}.Enter();");

        public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node)
        {
            var method = (MethodDeclarationSyntax)base.VisitMethodDeclaration(node)!;
            if (method.Body is { } body) return method.WithBody(Guarded(body));
            if (method.ExpressionBody is not { } arrow) return method;
            return method.WithExpressionBody(null).WithSemicolonToken(Token(SyntaxKind.None))
                .WithBody(GuardedBlock(arrow, ReturnsNothing(method.ReturnType, method.Modifiers), method.SemicolonToken));
        }

        public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
        {
            var function = (LocalFunctionStatementSyntax)base.VisitLocalFunctionStatement(node)!;
            if (function.Body is { } body) return function.WithBody(Guarded(body));
            if (function.ExpressionBody is not { } arrow) return function;
            return function.WithExpressionBody(null).WithSemicolonToken(Token(SyntaxKind.None))
                .WithBody(GuardedBlock(arrow, ReturnsNothing(function.ReturnType, function.Modifiers), function.SemicolonToken));
        }

        public override SyntaxNode? VisitConstructorDeclaration(ConstructorDeclarationSyntax node)
        {
            var constructor = (ConstructorDeclarationSyntax)base.VisitConstructorDeclaration(node)!;
            if (constructor.Body is { } body) return constructor.WithBody(Guarded(body));
            if (constructor.ExpressionBody is not { } arrow) return constructor;
            return constructor.WithExpressionBody(null).WithSemicolonToken(Token(SyntaxKind.None))
                .WithBody(GuardedBlock(arrow, returnsNothing: true, constructor.SemicolonToken));
        }

        public override SyntaxNode? VisitOperatorDeclaration(OperatorDeclarationSyntax node)
        {
            var op = (OperatorDeclarationSyntax)base.VisitOperatorDeclaration(node)!;
            if (op.Body is { } body) return op.WithBody(Guarded(body));
            if (op.ExpressionBody is not { } arrow) return op;
            return op.WithExpressionBody(null).WithSemicolonToken(Token(SyntaxKind.None))
                .WithBody(GuardedBlock(arrow, returnsNothing: false, op.SemicolonToken));
        }

        public override SyntaxNode? VisitAccessorDeclaration(AccessorDeclarationSyntax node)
        {
            var accessor = (AccessorDeclarationSyntax)base.VisitAccessorDeclaration(node)!;
            if (accessor.Body is { } body) return accessor.WithBody(Guarded(body));
            if (accessor.ExpressionBody is not { } arrow) return accessor;
            var returnsNothing = !accessor.IsKind(SyntaxKind.GetAccessorDeclaration);
            return accessor.WithExpressionBody(null).WithSemicolonToken(Token(SyntaxKind.None))
                .WithBody(GuardedBlock(arrow, returnsNothing, accessor.SemicolonToken));
        }

        // "int Count => Count;" — the classic recursive property — becomes "int Count { get { …; return Count; } }".
        public override SyntaxNode? VisitPropertyDeclaration(PropertyDeclarationSyntax node)
        {
            var property = (PropertyDeclarationSyntax)base.VisitPropertyDeclaration(node)!;
            if (property.ExpressionBody is not { } arrow) return property;
            var getter = AccessorDeclaration(SyntaxKind.GetAccessorDeclaration, GuardedBlock(arrow, returnsNothing: false, Token(SyntaxKind.None)));
            var accessors = AccessorList(Token(SyntaxKind.OpenBraceToken), List([getter]), CloseLike(property.SemicolonToken));
            return property.WithExpressionBody(null).WithSemicolonToken(Token(SyntaxKind.None)).WithAccessorList(accessors);
        }

        public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node) =>
            GuardLambda((LambdaExpressionSyntax)base.VisitParenthesizedLambdaExpression(node)!);

        public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node) =>
            GuardLambda((LambdaExpressionSyntax)base.VisitSimpleLambdaExpression(node)!);

        public override SyntaxNode? VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node)
        {
            var method = (AnonymousMethodExpressionSyntax)base.VisitAnonymousMethodExpression(node)!;
            return method.Block is { } block ? method.WithBlock(Guarded(block)) : method;
        }

        public override SyntaxNode? VisitObjectCreationExpression(ObjectCreationExpressionSyntax node)
        {
            var creation = (ObjectCreationExpressionSyntax)base.VisitObjectCreationExpression(node)!;
            if (!NamesThread(creation.Type) || creation.ArgumentList is not { Arguments.Count: > 0 } arguments) return creation;
            var first = arguments.Arguments[0];
            if (first.Expression is not (LambdaExpressionSyntax or AnonymousMethodExpressionSyntax or IdentifierNameSyntax or MemberAccessExpressionSyntax))
                return creation;
            var wrapped = InvocationExpression(ParseExpression($"{Guard}.Catching"), ArgumentList(SingletonSeparatedList(Argument(first.Expression.WithoutTrivia()))))
                .WithTriviaFrom(first.Expression);
            return creation.WithArgumentList(arguments.WithArguments(arguments.Arguments.Replace(first, first.WithExpression(wrapped))));
        }

        public override SyntaxNode? VisitInvocationExpression(InvocationExpressionSyntax node)
        {
            var call = (InvocationExpressionSyntax)base.VisitInvocationExpression(node)!;
            if (call.Expression is MemberAccessExpressionSyntax { Name.Identifier.Text: "Exit" } access
                && access.Expression.ToString() is "Environment" or "System.Environment" or "global::System.Environment")
                return call.WithExpression(ParseExpression($"{Guard}.Exit").WithTriviaFrom(call.Expression));
            return call;
        }

        private static LambdaExpressionSyntax GuardLambda(LambdaExpressionSyntax lambda)
        {
            if (lambda.Block is { } block) return lambda.WithBlock(Guarded(block));
            if (lambda.ExpressionBody is not { } body || !MayRecurse(body) || MayBeVoid(body)) return lambda;
            var returning = ReturnStatement(Token(SyntaxKind.ReturnKeyword).WithTrailingTrivia(Space), body.WithoutLeadingTrivia(), Token(SyntaxKind.SemicolonToken));
            var guarded = Block(Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(body.GetLeadingTrivia()), List([Enter(), returning]), Token(SyntaxKind.CloseBraceToken));
            return lambda.WithExpressionBody(null).WithBlock(guarded);
        }

        // Only a body that calls something can recurse; a lambda like x => x * x stays as it is.
        private static bool MayRecurse(ExpressionSyntax body) =>
            body.DescendantNodesAndSelf().Any(n => n is InvocationExpressionSyntax or ObjectCreationExpressionSyntax or ElementAccessExpressionSyntax);

        // A call, an await or a ?. may have no value, and "return" of it would not compile.
        private static bool MayBeVoid(ExpressionSyntax body) =>
            body is InvocationExpressionSyntax or AwaitExpressionSyntax or ConditionalAccessExpressionSyntax or ThrowExpressionSyntax;

        private static BlockSyntax Guarded(BlockSyntax block) => block.WithStatements(block.Statements.Insert(0, Enter()));

        // "=> expr;" becomes "{ Enter(); return expr; }" on the same lines: the arrow's spacing goes to "{",
        // the semicolon's (the line break) to "}".
        private static BlockSyntax GuardedBlock(ArrowExpressionClauseSyntax arrow, bool returnsNothing, SyntaxToken semicolon)
        {
            var expression = arrow.Expression;
            StatementSyntax last = returnsNothing
                ? ExpressionStatement(expression, Token(SyntaxKind.SemicolonToken))
                : ReturnStatement(Token(SyntaxKind.ReturnKeyword).WithTrailingTrivia(Space), expression.WithoutLeadingTrivia(), Token(SyntaxKind.SemicolonToken));
            var open = Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(arrow.ArrowToken.LeadingTrivia).WithTrailingTrivia(arrow.ArrowToken.TrailingTrivia);
            return Block(open, List([Enter(), last]), CloseLike(semicolon));
        }

        private static SyntaxToken CloseLike(SyntaxToken semicolon) =>
            Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(semicolon.LeadingTrivia).WithTrailingTrivia(semicolon.TrailingTrivia);

        private static bool ReturnsNothing(TypeSyntax returnType, SyntaxTokenList modifiers) =>
            returnType is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword }
            || (modifiers.Any(SyntaxKind.AsyncKeyword) && LastName(returnType) is "Task" or "ValueTask" && returnType is not GenericNameSyntax);

        private static string? LastName(TypeSyntax type) => type switch
        {
            IdentifierNameSyntax name => name.Identifier.Text,
            QualifiedNameSyntax qualified => LastName(qualified.Right),
            AliasQualifiedNameSyntax alias => LastName(alias.Name),
            _ => null,
        };

        private static bool NamesThread(TypeSyntax type) => LastName(type) == "Thread";
    }
}
