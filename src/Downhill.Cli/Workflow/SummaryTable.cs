using System.Globalization;
using Spectre.Console;

namespace Downhill.Cli.Workflow;

/// <summary>The table printed after a run: notebook, cells, seconds, status; then why each failure failed.</summary>
internal static class SummaryTable
{
    public static void Write(IAnsiConsole console, IReadOnlyList<NotebookOutcome> outcomes)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Notebook")
            .AddColumn(new TableColumn("Cells").RightAligned())
            .AddColumn(new TableColumn("Seconds").RightAligned())
            .AddColumn("Status");
        foreach (var outcome in outcomes)
        {
            var run = outcome.Run;
            table.AddRow(
                new Text(Path.GetFileName(outcome.SourcePath)),
                new Text($"{run.CellsRun}/{run.CodeCells}"),
                new Text(run.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)),
                new Markup(outcome.Succeeded ? "[green]ok[/]" : $"[red]{Markup.Escape(outcome.Status)}[/]"));
        }
        console.Write(table);

        foreach (var failure in outcomes.Where(o => !o.Succeeded))
            console.MarkupLineInterpolated($"[red]{Path.GetFileName(failure.SourcePath)}: {failure.Problem}[/]");
    }
}
