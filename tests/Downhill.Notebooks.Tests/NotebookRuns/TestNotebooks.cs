using System.Text.Json.Nodes;
using Downhill.Notebooks.Documents;

namespace Downhill.Notebooks.Tests.NotebookRuns;

/// <summary>Small notebooks written by tests, so runner, command and browser tests do not depend on the lessons.</summary>
internal static class TestNotebooks
{
    public static NotebookCell Code(string source, params string[] tags)
    {
        var metadata = new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" } };
        if (tags.Length > 0) metadata["tags"] = new JsonArray(tags.Select(t => (JsonNode?)t).ToArray());
        return new NotebookCell(CellKind.Code, source, metadata: metadata);
    }

    public static NotebookCell Markdown(string source) => new(CellKind.Markdown, source);

    /// <summary>Writes the cells as folder/name and returns the path.</summary>
    public static string Save(string folder, string name, params NotebookCell[] cells)
    {
        var path = Path.Combine(folder, name);
        NotebookFile.Write(new Notebook(cells), path);
        return path;
    }

    /// <summary>A lesson in miniature: a parameters cell, a descent run, a line chart and an animated one.</summary>
    public static NotebookCell[] ChartLesson() =>
    [
        Markdown("# Rolling downhill\n\nGradient descent with step size $\\alpha$: $x_{t+1} = x_t - \\alpha \\nabla f(x_t)$."),
        Code("double alpha = 0.1;\nvar steps = 30;", "parameters"),
        Code("using Downhill;\n" +
             "var curve = new Parabola();\nvar run = Descent.Run(curve, new GradientDescent(alpha), new[] { 3.0 }, steps, tolerance: 0);\nConsole.WriteLine($\"final x = {run.Positions[^1][0]:0.000}\");"),
        Code("Plots.Line(Enumerable.Range(0, run.Losses.Count).Select(i => (double)i).ToArray(), run.Losses.ToArray(), \"step\", \"loss\")"),
        Markdown("## The ball\n\nPress play, or drag the slider."),
        Code("Plots.BallOnCurve(curve, run)"),
    ];
}
