using Downhill.Notebooks.Magics;
using Downhill.Notebooks.CellExecution;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.Text;

namespace Downhill.Jupyter.Language;

/// <summary>
/// A Roslyn workspace holding one script document: the session's submitted cells followed by the
/// cell being edited, so completion and inspection see the variables earlier cells declared.
/// Used from one thread at a time (the kernel's shell thread).
/// </summary>
internal sealed class ScriptWorkspace : IDisposable
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    private readonly AdhocWorkspace _workspace = new(MefHostServices.DefaultHost);
    private readonly ScriptReferences _references = new();
    private readonly ProjectId _projectId = ProjectId.CreateNewId();
    private readonly DocumentId _documentId;

    public ScriptWorkspace()
    {
        _documentId = DocumentId.CreateNewId(_projectId);
        var project = ProjectInfo.Create(_projectId, VersionStamp.Create(), "cells", "cells", LanguageNames.CSharp,
            isSubmission: true,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, usings: ScriptEnvironment.DefaultImports),
            parseOptions: ParseOptions,
            metadataReferences: _references.All,
            hostObjectType: typeof(CellGlobals)); // display(…) and HTML(…), as in a real cell
        var solution = _workspace.CurrentSolution.AddProject(project)
            .AddDocument(DocumentInfo.Create(_documentId, "cells.csx", sourceCodeKind: SourceCodeKind.Script,
                loader: TextLoader.From(TextAndVersion.Create(SourceText.From(""), VersionStamp.Create()))));
        _workspace.TryApplyChanges(solution);
    }

    /// <summary>
    /// A document whose text is the earlier cells, then <paramref name="cell"/>; the returned offset
    /// is where the cell starts within the document.
    /// </summary>
    public (Document Document, int CellStart) Document(IReadOnlyList<string> earlierCells, string cell)
    {
        if (_references.Refresh())
            _workspace.TryApplyChanges(_workspace.CurrentSolution.WithProjectMetadataReferences(_projectId, _references.All));
        var prefix = string.Concat(Recent(earlierCells).Select(code => MagicLines.Blank(code) + "\n;\n"));
        var document = _workspace.CurrentSolution.GetDocument(_documentId)!
            .WithText(SourceText.From(prefix + MagicLines.Blank(cell)));
        return (document, prefix.Length);
    }

    /// <summary>How much of the earlier cells completion reads: Roslyn parses and binds all of it at every Tab.</summary>
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

    public void Dispose() => _workspace.Dispose();
}
