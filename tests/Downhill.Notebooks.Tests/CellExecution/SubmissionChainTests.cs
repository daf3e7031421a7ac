using System.Collections;
using System.Reflection;
using Downhill.Notebooks.CellExecution;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.CodeAnalysis.Scripting.Hosting;
using ImmutableArrayOfExecutors = System.Collections.Immutable.ImmutableArray<System.Func<object[], System.Threading.Tasks.Task>>;

namespace Downhill.Notebooks.Tests.CellExecution;

/// <summary>
/// What keeps a session's memory from growing with every cell beyond Roslyn's chain of compilations (issue 23, item 7).
/// It reaches into Roslyn members that are not public: a Roslyn update that renames them fails here first.
/// </summary>
public class SubmissionChainTests
{
    private const BindingFlags Private = BindingFlags.Instance | BindingFlags.NonPublic;

    [Fact]
    public void The_savings_apply_with_the_Roslyn_the_kit_ships() => Assert.True(SubmissionChain.SavingsApply);

    [Fact]
    public async Task A_chain_compiled_submission_by_submission_runs_as_before_and_keeps_no_list_of_earlier_submissions()
    {
        using var loader = new InteractiveAssemblyLoader();
        var first = CSharpScript.Create<object>("double alpha = 0.1; var f = (double x) => x * alpha;", ScriptOptions.Default, assemblyLoader: loader);
        SubmissionChain.Compile(first, TestContext.Current.CancellationToken);
        ScriptState<object> state = await first.RunAsync(cancellationToken: TestContext.Current.CancellationToken);
        for (var i = 0; i < 5; i++)
        {
            var next = state.Script.ContinueWith<object>($"alpha = {i} + 0.5; var w = f(2) + alpha;");
            SubmissionChain.Compile(next, TestContext.Current.CancellationToken);
            SubmissionChain.ForgetRepeatedDependencies(loader);
            SubmissionChain.ForgetFinishedCaches(state.Script.GetCompilation());
            state = await next.RunFromAsync(state, cancellationToken: TestContext.Current.CancellationToken);
        }
        var last = state.Script.ContinueWith<object>("w * 2");
        SubmissionChain.Compile(last, TestContext.Current.CancellationToken);
        state = await last.RunFromAsync(state, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((2 * 4.5 + 4.5) * 2, state.ReturnValue);
        for (var script = state.Script; script is not null; script = script.Previous)
        {
            var preceding = (ImmutableArrayOfExecutors)typeof(Script<object>).GetField("_lazyPrecedingExecutors", Private)!.GetValue(script)!;
            // The first submission, run from the start, keeps an empty list; the others never make one.
            Assert.True(preceding.IsDefaultOrEmpty, "a submission kept the executors of those before it");
        }
    }

    [Fact]
    public async Task The_loader_keeps_one_note_per_referenced_assembly_however_many_cells_ran()
    {
        using var loader = new InteractiveAssemblyLoader();
        Script<object> script = CSharpScript.Create<object>("1", ScriptOptions.Default, assemblyLoader: loader);
        SubmissionChain.Compile(script, TestContext.Current.CancellationToken);
        var state = await script.RunAsync(cancellationToken: TestContext.Current.CancellationToken);
        for (var i = 0; i < 3; i++)
        {
            script = state.Script.ContinueWith<object>($"{i}");
            SubmissionChain.Compile(script, TestContext.Current.CancellationToken);
            SubmissionChain.ForgetRepeatedDependencies(loader);
            state = await script.RunFromAsync(state, cancellationToken: TestContext.Current.CancellationToken);
        }

        var notes = (IDictionary)typeof(InteractiveAssemblyLoader).GetField("_dependenciesWithLocationBySimpleName", Private)!.GetValue(loader)!;
        Assert.NotEmpty(notes);
        Assert.All(notes.Values.Cast<IList>(), list => Assert.Single(list));
        Assert.Equal(2, state.ReturnValue);
    }

    [Fact]
    public void A_compilation_whose_caches_were_dropped_binds_operators_again()
    {
        var script = CSharpScript.Create<object>("var a = new[] { 1.5 }.Sum(); a * 2 + 1",
            ScriptOptions.Default.AddReferences(typeof(Enumerable).Assembly).AddImports("System.Linq"));
        var compilation = script.GetCompilation();
        var tree = compilation.SyntaxTrees.Single();
        var expression = tree.GetRoot(TestContext.Current.CancellationToken).DescendantNodes().OfType<BinaryExpressionSyntax>().First();
        Assert.Equal(SpecialType.System_Double, compilation.GetSemanticModel(tree).GetTypeInfo(expression, TestContext.Current.CancellationToken).Type!.SpecialType);
        SubmissionChain.Compile(script, TestContext.Current.CancellationToken); // notes the assemblies it used
        Assert.NotNull(CompilationField(compilation, "_lazyBuiltInOperators"));
        Assert.NotNull(CompilationField(compilation, "_lazyUsedAssemblyReferences"));

        SubmissionChain.ForgetFinishedCaches(compilation);

        Assert.Null(CompilationField(compilation, "_lazyBuiltInOperators"));
        Assert.Null(CompilationField(compilation, "_lazyUsedAssemblyReferences"));
        Assert.Equal(SpecialType.System_Double, compilation.GetSemanticModel(tree).GetTypeInfo(expression, TestContext.Current.CancellationToken).Type!.SpecialType);
        Assert.Empty(compilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    private static object? CompilationField(Compilation compilation, string name) =>
        typeof(Microsoft.CodeAnalysis.CSharp.CSharpCompilation).GetField(name, Private)!.GetValue(compilation);

    [Fact]
    public async Task A_session_of_many_reruns_still_sees_the_first_cell()
    {
        using var cells = new SessionHarness();
        await cells.Value("double alpha = 0.1; Func<double, double> step = w => w - alpha * 2 * w;");
        for (var i = 0; i < 40; i++) await cells.Value("var w = 3.0; for (var k = 0; k < 5; k++) w = step(w); w");
        Assert.Equal("0.9", await cells.Value("Math.Round(step(1.0) + alpha, 5)"));
    }
}
