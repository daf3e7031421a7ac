using System.CommandLine;
using Downhill.Cli.Workflow;
using Downhill.Notebooks.Documents;
using Downhill.Notebooks.Pages;
using Spectre.Console;

namespace Downhill.Cli.Commands;

/// <summary>`downhill render nb.ipynb… [--output-dir DIR] [--safe]`: pages from notebooks as they are, without running them.</summary>
internal static class RenderCommand
{
    public static Command Create(CliContext context)
    {
        var notebooks = new Argument<string[]>("notebooks")
        {
            Description = "Executed notebooks (.ipynb) or folders of them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var outputDir = new Option<string?>("--output-dir", "-o")
        {
            Description = $"Where the pages go (default: {RunCommand.DefaultOutputFolder}/).",
        };
        var safe = new Option<bool>("--safe")
        {
            Description = "For notebooks you did not write (students' work): their HTML is cleaned and none of their scripts run; charts still draw.",
        };
        var command = new Command("render", "Write a standalone HTML page for each notebook, with the outputs it already has, and an index.")
        {
            notebooks, outputDir, safe,
        };
        command.SetAction(parsed => CliApp.Guarded(context, () =>
        {
            var paths = NotebookInputs.Resolve(parsed.GetValue(notebooks) ?? [], context.CurrentDirectory);
            NotebookInputs.RequireDistinctOutputNames(paths);
            var output = Path.GetFullPath(parsed.GetValue(outputDir) ?? RunCommand.DefaultOutputFolder, context.CurrentDirectory);
            var read = paths.Select(p => (Path: p, Notebook: NotebookFile.Read(p))).ToList(); // every file read before any page is written
            var entries = new List<IndexEntry>();
            foreach (var (path, notebook) in read)
            {
                var failed = notebook.Cells.Any(c => c.Outputs.OfType<ErrorOutput>().Any());
                entries.Add(PageWriter.WritePage(notebook, path, output, failed, parsed.GetValue(safe)));
                context.Console.WriteLine($"Rendered {Path.GetFileName(path)}");
            }
            var index = PageWriter.WriteIndex(entries, output);
            context.Console.MarkupLineInterpolated($"Pages: [link]{Path.GetRelativePath(context.CurrentDirectory, index)}[/]");
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }
}
