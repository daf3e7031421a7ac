using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;

namespace Downhill.Notebooks.CellExecution;

/// <summary>
/// The compiled cells a rerun can run again as they are, instead of compiling the same code into a new submission.
/// A student reruns cells all afternoon; compiling and loading a trivial cell took 7.4 of its 8.6 ms (issue 22), and every
/// rerun kept one more compilation and assembly for the session's life (issue 23, item 7).
/// </summary>
/// <remarks>
/// <para>
/// A rerun compiled anew would bind every name the cell spells to the latest declaration of that name in the session.
/// The earlier compilation of the same code bound each name to the latest declaration at its time. The two agree as
/// long as no cell compiled since declares a name the cell spells, adds a <c>using</c> or a reference: then running the
/// earlier compilation again does exactly what compiling it again would. Its new instance takes the earlier one's slot,
/// where cells compiled later look its variables up, as they would look up the new submission's; cells compiled in
/// between keep the instance they started with, as they would keep the earlier submission's.
/// </para>
/// <para>
/// Not run again: a cell declaring a type or a static field or property (a type compiled again starts with fresh static
/// state; the same type run again would keep it), a cell that stopped before finishing (it never joined the chain),
/// a cell with <c>#r</c> lines that loaded something, and cells larger than <see cref="LargestKept"/> characters.
/// </para>
/// </remarks>
internal sealed class Reruns
{
    /// <summary>Cells longer than this are compiled each time: reading their names costs more than reruns of them save.</summary>
    internal const int LargestKept = 20_000;

    /// <summary>A cell on the chain that can run again: its compiled submission, the file name its frames carry, the names it spells, the variables it declares.</summary>
    internal sealed record Compiled(string Code, Script<object> Script, string CellFile, HashSet<string> Spelled, string[] Variables);

    private readonly List<Compiled> runnable = []; // the cells that could run again, in the order they were compiled

    /// <summary>A compiled submission of exactly <paramref name="code"/> that can run again, or null.</summary>
    public Compiled? Find(string code) => runnable.Find(cell => cell.Code == code);

    /// <summary>
    /// A newly compiled submission joined the session's chain: the cells whose names it declares again can no longer run
    /// as compiled, nor can any once it adds a <c>using</c> or a reference; it can itself, if it declares no type or static state.
    /// </summary>
    public void Joined(string code, Script<object> script, string cellFile, bool addedReferences)
    {
        var compilation = script.GetCompilation();
        var tree = compilation.SyntaxTrees.Last();
        var root = (CompilationUnitSyntax)tree.GetRoot();
        var declared = compilation.ScriptClass?.GetMembers().Where(m => !m.IsImplicitlyDeclared).ToList() ?? [];
        var declaredNames = declared.Select(m => m.Name).ToHashSet();

        if (addedReferences || root.Usings.Count > 0 || root.Externs.Count > 0) runnable.Clear();
        else
        {
            // [Obsolete] spells "Obsolete" and binds "ObsoleteAttribute": a declared XAttribute also reaches cells spelling X.
            var stems = declaredNames.Where(n => n.EndsWith("Attribute", StringComparison.Ordinal)).Select(n => n[..^"Attribute".Length]).ToList();
            runnable.RemoveAll(cell => cell.Code == code || cell.Spelled.Overlaps(declaredNames) || cell.Spelled.Overlaps(stems));
        }

        if (code.Length > LargestKept || declared.Any(KeepsStaticState)) return;
        var spelled = root.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText).ToHashSet();
        var variables = declared.OfType<IFieldSymbol>().Where(f => !f.IsReadOnly).Select(f => f.Name).ToArray();
        runnable.Add(new Compiled(code, script, cellFile, spelled, variables));
    }

    // A type declared in the cell (its statics, its identity) or a static field or property of the cell itself.
    private static bool KeepsStaticState(ISymbol member) =>
        member is INamedTypeSymbol || (member.IsStatic && member is IFieldSymbol or IPropertySymbol or IEventSymbol);
}
