using System.Text;
using System.Text.Json.Nodes;
using Downhill.Notebooks.Documents;

namespace Downhill.Notebooks.Parameters;

/// <summary>
/// The papermill convention: the cell tagged "parameters" holds a notebook's knobs; overrides go
/// into a new code cell tagged "injected-parameters" right after it, so the notebook's own defaults
/// stay visible and the executed copy shows what was changed.
/// </summary>
public static class ParameterInjector
{
    public const string ParametersTag = "parameters";
    public const string InjectedTag = "injected-parameters";

    /// <summary>
    /// Removes any earlier injected cell and, when there are overrides, adds a fresh one after the
    /// parameters cell. Every name must be declared there and every value must parse as its type.
    /// </summary>
    /// <param name="notebook">The notebook to change in place.</param>
    /// <param name="overrides">The -p values; with none, only an old injected cell is removed.</param>
    /// <param name="notebookName">The notebook's file name, for messages.</param>
    public static void Inject(Notebook notebook, IReadOnlyList<ParameterOverride> overrides, string notebookName = "The notebook")
    {
        notebook.Cells.RemoveAll(c => c.HasTag(InjectedTag));
        if (overrides.Count == 0) return;

        var parametersCell = notebook.Cells.FirstOrDefault(c => c.Kind == CellKind.Code && c.HasTag(ParametersTag))
            ?? throw new NotebookException(
                $"{notebookName} has no cell tagged \"parameters\", so -p {overrides[0].Name} has nothing to override; tag the cell that declares the knobs with \"parameters\".");

        var declared = ParametersCell.Declarations(parametersCell.Source).ToDictionary(d => d.Name);
        var source = new StringBuilder("// Parameters injected by downhill run -p\n");
        foreach (var (name, value) in LastWins(overrides))
        {
            if (!declared.TryGetValue(name.TrimStart('@'), out var declaration))
                throw new NotebookException(
                    $"{notebookName}'s parameters cell does not declare {name}; it declares {Listing(declared.Keys)}.");
            if (declaration.IsConstant)
                throw new NotebookException($"-p {name} cannot be set: the parameters cell declares it const.");
            if (declaration.TypeName is null)
                throw new NotebookException(
                    $"-p {name} cannot be set: downhill cannot tell its type from the parameters cell; declare it with a type, like double {name} = 0.1;");
            source.Append(name).Append(" = ").Append(CSharpLiteral.For(name, declaration.TypeName, value)).Append(";\n");
        }

        var index = notebook.Cells.IndexOf(parametersCell);
        notebook.Cells.Insert(index + 1, new NotebookCell(CellKind.Code, source.ToString().TrimEnd('\n'), metadata: InjectedMetadata()));
        CellIds.AssignMissing(notebook);
    }

    /// <summary>"-p alpha=0.1 -p alpha=0.2" means 0.2, as in papermill; the first mention keeps its place.</summary>
    private static IEnumerable<(string Name, string Value)> LastWins(IReadOnlyList<ParameterOverride> overrides) =>
        overrides.GroupBy(o => o.Name).Select(g => (g.Key, g.Last().Value));

    private static string Listing(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count == 0 ? "nothing" : string.Join(", ", list);
    }

    private static JsonObject InjectedMetadata() => new()
    {
        ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" },
        ["tags"] = new JsonArray(InjectedTag),
    };
}
