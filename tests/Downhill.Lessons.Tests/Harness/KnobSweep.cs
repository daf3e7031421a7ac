using System.Globalization;
using System.Text.RegularExpressions;
using Downhill.Notebooks.Documents;
using Downhill.Notebooks.Parameters;

namespace Downhill.Lessons.Tests.Harness;

/// <summary>
/// The lessons' promise, "anything can be typed there … every cell below still runs and every chart still draws", as
/// values to type: every knob a lesson's parameters cell declares (read from the cell, so a new knob is swept too) is
/// set to one kind of awkward value at a time, all knobs of a lesson together, as <c>downhill run -p</c> would set them.
/// </summary>
public static partial class KnobSweep
{
    public enum Typed
    {
        MinusOne,
        Zero,
        OffEveryDrawnRange,
        Huge,
        HugeNegative,
        NotANumber,
    }

    /// <summary>The knobs of <paramref name="lesson"/>'s parameters cell: name and whether it is an int (else a double).</summary>
    public static IReadOnlyList<(string Name, bool IsInt)> Knobs(string lesson)
    {
        var notebook = NotebookFile.Read(LessonCatalog.PathOf(lesson));
        var cell = notebook.Cells.Single(c => c.Kind == CellKind.Code && c.HasTag(ParameterInjector.ParametersTag));
        var knobs = ParametersCell.Declarations(cell.Source).Select(d => (d.Name, d.TypeName)).ToList();
        Assert.All(knobs, k => Assert.True(k.TypeName is "int" or "double", $"{lesson}: the sweep types numbers; {k.Name} is {k.TypeName}."));
        return knobs.Select(k => (k.Name, k.TypeName == "int")).ToList();
    }

    /// <summary>What each knob is typed as: ints and doubles each get the kind's value; NaN leaves the ints alone.</summary>
    public static IReadOnlyList<ParameterOverride> Overrides(string lesson, Typed typed) =>
        Knobs(lesson).Select(k => (k.Name, Value: Value(typed, k.IsInt))).Where(k => k.Value is not null)
            .Select(k => new ParameterOverride(k.Name, k.Value!)).ToList();

    private static string? Value(Typed typed, bool isInt) => typed switch
    {
        Typed.MinusOne => "-1",
        Typed.Zero => "0",
        Typed.OffEveryDrawnRange => isInt ? "100000" : "1e6",
        Typed.Huge => isInt ? "2147483647" : "1e200",
        Typed.HugeNegative => isInt ? "-2147483648" : "-1e200",
        Typed.NotANumber => isInt ? null : "NaN",
        _ => throw new ArgumentOutOfRangeException(nameof(typed)),
    };

    /// <summary>
    /// The knobs the lesson did not use as typed, each with the value it used instead; fails when one of them has no
    /// sentence ("… Using steps = 5000 …") or when a value that is not a number was kept.
    /// </summary>
    public static void EachAdjustedKnobSaysWhatItUsed(LessonRun run, IReadOnlyList<ParameterOverride> overrides)
    {
        var printed = run.ConsoleText;
        foreach (var (name, text) in overrides)
        {
            var used = run.Get<object>(name);
            var typedValue = double.Parse(text, CultureInfo.InvariantCulture);
            var usedValue = Convert.ToDouble(used, CultureInfo.InvariantCulture);
            Assert.True(double.IsFinite(usedValue), $"{run.Lesson}: {name} = {text} was kept as {usedValue}; its parameters check must refuse it.");
            if (usedValue == typedValue) continue;
            Assert.True(printed.Contains($"Using {name} = ", StringComparison.Ordinal),
                $"{run.Lesson}: {name} = {text} was changed to {usedValue} without a sentence saying so. Printed:\n{printed}");
        }
    }

    /// <summary>Every Plotly figure the lesson shows, as JSON; none may carry NaN or ±Infinity (plotly would draw nothing there).</summary>
    public static void NoFigureHoldsANonFiniteNumber(LessonRun run)
    {
        var figures = run.Result.Notebook.Cells.SelectMany((cell, i) => cell.Outputs.Select(o => (Cell: i, Json: o switch
        {
            DisplayDataOutput d => d.Data.Text("application/vnd.plotly.v1+json"),
            ExecuteResultOutput r => r.Data.Text("application/vnd.plotly.v1+json"),
            _ => null,
        }))).Where(f => f.Json is not null).ToList();
        Assert.NotEmpty(figures);
        foreach (var (cell, json) in figures)
        {
            var bad = NonFinite().Match(json!);
            Assert.False(bad.Success, $"{run.Lesson}: the figure of cell {cell} holds {bad.Value} near …{Around(json!, bad.Index)}…");
        }
    }

    private static string Around(string text, int at) => text.Substring(Math.Max(0, at - 120), Math.Min(240, text.Length - Math.Max(0, at - 120)));

    [GeneratedRegex(@"\bNaN\b|-?\bInfinity\b")]
    private static partial Regex NonFinite();
}
