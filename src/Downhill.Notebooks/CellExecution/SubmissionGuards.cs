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
/// An expression lambda whose body could be a statement (<c>x =&gt; f(x + 1)</c>, <c>x =&gt; total += F(x)</c>)
/// may belong to a delegate returning void, and "return" of it would not compile: such a cell is bound once as
/// written, and the compiler's answer decides between "return …;" and "…;". A lambda converted to an expression
/// tree (<c>IQueryable</c>) is left as written, since an expression tree has no statements.
/// </remarks>
internal static class SubmissionGuards
{
    private const string Guard = "global::Downhill.Notebooks.CellExecution.CellGuard";

    private static readonly CSharpParseOptions ScriptParsing = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    /// <param name="code">The cell's code as written.</param>
    /// <param name="bindAsWritten">
    /// Compiles the code as written in its session (not run), for the lambdas that need the compiler to say what
    /// they return; without it, those lambdas are left unguarded.
    /// </param>
    public static string Apply(string code, Func<string, Compilation>? bindAsWritten = null)
    {
        if (!code.Contains('(')) return code; // declares nothing, calls nothing: nothing to guard
        var tree = CSharpSyntaxTree.ParseText(code, ScriptParsing);
        if (tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error)) return code;
        SemanticModel? model = null;
        if (bindAsWritten is not null && tree.GetRoot().DescendantNodes().OfType<LambdaExpressionSyntax>().Any(NeedsBinding))
        {
            var compilation = bindAsWritten(code);
            tree = compilation.SyntaxTrees.Last();
            model = compilation.GetSemanticModel(tree);
        }
        return new Rewriter(model).Visit(tree.GetRoot()).ToFullString();
    }

    // A lambda whose guard depends on what its delegate returns, or on whether it becomes an expression tree.
    private static bool NeedsBinding(LambdaExpressionSyntax lambda) =>
        lambda.ExpressionBody is { } body && body is not ThrowExpressionSyntax && MayRecurse(body);

    // Only a body that calls something can recurse; a lambda like x => x * x stays as it is.
    private static bool MayRecurse(ExpressionSyntax body) =>
        body.DescendantNodesAndSelf().Any(n => n is InvocationExpressionSyntax or ObjectCreationExpressionSyntax
            or ImplicitObjectCreationExpressionSyntax or ElementAccessExpressionSyntax);

    private sealed class Rewriter(SemanticModel? model) : CSharpSyntaxRewriter
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

        // "int this[int i] => this[i + 1];" becomes "int this[int i] { get { …; return this[i + 1]; } }".
        public override SyntaxNode? VisitIndexerDeclaration(IndexerDeclarationSyntax node)
        {
            var indexer = (IndexerDeclarationSyntax)base.VisitIndexerDeclaration(node)!;
            if (indexer.ExpressionBody is not { } arrow) return indexer;
            var getter = AccessorDeclaration(SyntaxKind.GetAccessorDeclaration, GuardedBlock(arrow, returnsNothing: false, Token(SyntaxKind.None)));
            var accessors = AccessorList(Token(SyntaxKind.OpenBraceToken), List([getter]), CloseLike(indexer.SemicolonToken));
            return indexer.WithExpressionBody(null).WithSemicolonToken(Token(SyntaxKind.None)).WithAccessorList(accessors);
        }

        public override SyntaxNode? VisitConversionOperatorDeclaration(ConversionOperatorDeclarationSyntax node)
        {
            var conversion = (ConversionOperatorDeclarationSyntax)base.VisitConversionOperatorDeclaration(node)!;
            if (conversion.Body is { } body) return conversion.WithBody(Guarded(body));
            if (conversion.ExpressionBody is not { } arrow) return conversion;
            return conversion.WithExpressionBody(null).WithSemicolonToken(Token(SyntaxKind.None))
                .WithBody(GuardedBlock(arrow, returnsNothing: false, conversion.SemicolonToken));
        }

        public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node) =>
            GuardLambda(node, (LambdaExpressionSyntax)base.VisitParenthesizedLambdaExpression(node)!);

        public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node) =>
            GuardLambda(node, (LambdaExpressionSyntax)base.VisitSimpleLambdaExpression(node)!);

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

        // "original" is the lambda as written (the semantic model knows it), "lambda" the same with its inside guarded.
        private LambdaExpressionSyntax GuardLambda(LambdaExpressionSyntax original, LambdaExpressionSyntax lambda)
        {
            if (lambda.Block is { } block) return lambda.WithBlock(Guarded(block));
            if (lambda.ExpressionBody is not { } body || !NeedsBinding(original)) return lambda;
            if (model?.GetSymbolInfo(original).Symbol is not IMethodSymbol signature || BecomesExpressionTree(original)) return lambda;
            var open = Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(body.GetLeadingTrivia());
            StatementSyntax last = ReturnsNothing(signature)
                ? ExpressionStatement(body.WithoutLeadingTrivia(), Token(SyntaxKind.SemicolonToken))
                : ReturnStatement(Token(SyntaxKind.ReturnKeyword).WithTrailingTrivia(Space), body.WithoutLeadingTrivia(), Token(SyntaxKind.SemicolonToken));
            return lambda.WithExpressionBody(null).WithBlock(Block(open, List([Enter(), last]), Token(SyntaxKind.CloseBraceToken)));
        }

        private bool BecomesExpressionTree(LambdaExpressionSyntax original) =>
            model!.GetTypeInfo(original).ConvertedType is INamedTypeSymbol { Name: "Expression", Arity: 1 } type
            && type.ContainingNamespace.ToDisplayString() == "System.Linq.Expressions";

        // void, or async with a Task or ValueTask of no value.
        private static bool ReturnsNothing(IMethodSymbol lambda) =>
            lambda.ReturnsVoid || (lambda.IsAsync && lambda.ReturnType is INamedTypeSymbol { Arity: 0 });

        private static BlockSyntax Guarded(BlockSyntax block) => block.WithStatements(block.Statements.Insert(0, Enter()));

        // "=> expr;" becomes "{ Enter(); return expr; }" on the same lines: the arrow's spacing goes to "{",
        // the semicolon's (the line break) to "}".
        private static BlockSyntax GuardedBlock(ArrowExpressionClauseSyntax arrow, bool returnsNothing, SyntaxToken semicolon)
        {
            var expression = arrow.Expression;
            StatementSyntax last = expression switch
            {
                // "=> throw new NotImplementedException()", the usual exercise stub: "throw …;" is allowed where
                // "return throw …;" is not.
                ThrowExpressionSyntax thrown => ThrowStatement(thrown.ThrowKeyword, thrown.Expression, Token(SyntaxKind.SemicolonToken)),
                _ when returnsNothing => ExpressionStatement(expression, Token(SyntaxKind.SemicolonToken)),
                _ => ReturnStatement(Token(SyntaxKind.ReturnKeyword).WithTrailingTrivia(Space), expression.WithoutLeadingTrivia(), Token(SyntaxKind.SemicolonToken)),
            };
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
