using Downhill.Notebooks.CellExecution;
using Downhill.Notebooks.Magics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Downhill.Jupyter.Language;

/// <summary>
/// The compiler's view of the cell being edited: one script made of the session's earlier cells followed by that cell,
/// compiled (not emitted) against the same references and globals as real cells, so completion and inspection see the
/// variables earlier cells declared. Only the compiler is used — the executor has it loaded and warm already — not
/// Roslyn's IDE workspace, whose composition of editor features cost each kernel about 1.5 CPU-seconds and 45 MB to load.
/// Used from one thread at a time (the kernel's shell thread).
/// </summary>
internal sealed class ScriptSemantics
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    private readonly ScriptReferences _references = new();
    private CSharpCompilation? _noCells; // references, usings and globals; a cell's text is added to it

    /// <summary>The semantic model of the earlier cells then <paramref name="cell"/>, and where the cell starts in it.</summary>
    public (SemanticModel Model, int CellStart) Model(IReadOnlyList<string> earlierCells, string cell)
    {
        if (_references.Refresh() || _noCells is null)
            _noCells = CSharpCompilation.CreateScriptCompilation("cells",
                references: _references.All,
                options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, usings: ScriptEnvironment.DefaultImports),
                globalsType: typeof(CellGlobals)); // display(…) and HTML(…), as in a real cell
        var prefix = string.Concat(Recent(earlierCells).Select(code => MagicLines.Blank(code) + "\n;\n"));
        var tree = CSharpSyntaxTree.ParseText(prefix + MagicLines.Blank(cell), ParseOptions);
        var compilation = _noCells.AddSyntaxTrees(tree); // keeps the references already read: a Tab binds only the text
        return (compilation.GetSemanticModel(tree), prefix.Length);
    }

    /// <summary>How much of the earlier cells completion reads: the compiler parses and binds all of it at every Tab.</summary>
    internal const int EarlierCellsBudget = 1_000_000;

    // The earlier cells that fit the budget, latest first, kept in order: a cell of megabytes of data run an hour
    // ago must not make every Tab take seconds (and hold up the cells queued behind it). Names it declared go
    // unsuggested.
    private static List<string> Recent(IReadOnlyList<string> earlierCells)
    {
        var kept = new List<string>();
        var room = EarlierCellsBudget;
        for (var i = earlierCells.Count - 1; i >= 0; i--)
        {
            if (earlierCells[i].Length > room) continue;
            room -= earlierCells[i].Length;
            kept.Add(earlierCells[i]);
        }
        kept.Reverse();
        return kept;
    }
}
