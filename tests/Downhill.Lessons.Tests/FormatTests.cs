using System.Text.Json.Nodes;
using Downhill.Lessons.Tests.Harness;

namespace Downhill.Lessons.Tests;

/// <summary>
/// The committed notebooks follow the kit's format (DESIGN.md, "Notebooks"): nbformat 4.5 with cell ids and
/// one-space indent, outputs cleared, the kit's kernelspec and Polyglot metadata, the same loading cell
/// first, one cell tagged "parameters", and exercises at the end.
/// </summary>
public sealed class FormatTests
{
    private static JsonObject Load(string lesson) => (JsonObject)JsonNode.Parse(File.ReadAllText(LessonCatalog.PathOf(lesson)))!;

    private static IEnumerable<JsonObject> CodeCells(JsonObject notebook) =>
        notebook["cells"]!.AsArray().Cast<JsonObject>().Where(c => (string?)c["cell_type"] == "code");

    private static string Source(JsonObject cell) => cell["source"] switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        var text => (string?)text ?? "",
    };

    [Fact]
    public void Every_lesson_in_the_sequence_exists_and_nothing_else_is_in_the_folder()
    {
        var present = Directory.GetFiles(RepositoryPaths.Notebooks, "*.ipynb").Select(Path.GetFileNameWithoutExtension).Order();
        Assert.Equal(LessonCatalog.All.Order(), present);
    }

    [Theory]
    [MemberData(nameof(LessonCatalog.Names), MemberType = typeof(LessonCatalog))]
    public void Committed_lesson_is_valid_nbformat_4_5_with_one_space_indent(string lesson)
    {
        Assert.Null(Nbformat.Problems(LessonCatalog.PathOf(lesson)));
        Assert.StartsWith("{\n \"cells\": [\n  {", File.ReadAllText(LessonCatalog.PathOf(lesson)).ReplaceLineEndings("\n"));
    }

    [Theory]
    [MemberData(nameof(LessonCatalog.Names), MemberType = typeof(LessonCatalog))]
    public void Committed_lesson_has_its_outputs_cleared(string lesson)
    {
        Assert.All(CodeCells(Load(lesson)), cell =>
        {
            Assert.Empty(cell["outputs"]!.AsArray());
            Assert.Null(cell["execution_count"]);
        });
    }

    [Theory]
    [MemberData(nameof(LessonCatalog.Names), MemberType = typeof(LessonCatalog))]
    public void Lesson_names_the_kit_kernel_and_Polyglot_metadata(string lesson)
    {
        var metadata = Load(lesson)["metadata"]!;
        Assert.Equal("downhill", (string?)metadata["kernelspec"]!["name"]);
        Assert.Equal("C# (Downhill)", (string?)metadata["kernelspec"]!["display_name"]);
        Assert.Equal("C#", (string?)metadata["kernelspec"]!["language"]);
        Assert.Equal("C#", (string?)metadata["language_info"]!["name"]);
        Assert.Equal("csharp", (string?)metadata["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]);
        Assert.All(CodeCells(Load(lesson)), cell => Assert.Equal("csharp", (string?)cell["metadata"]!["polyglot_notebook"]!["kernelName"]));
    }

    [Theory]
    [MemberData(nameof(LessonCatalog.Names), MemberType = typeof(LessonCatalog))]
    public void First_code_cell_loads_the_kit_the_same_way_in_every_host(string lesson)
    {
        var first = Source(CodeCells(Load(lesson)).First()).Split('\n');
        Assert.Equal("#r \"nuget: Plotly.NET, 6.0.0\"", first[0]);
        Assert.Equal("#r \"nuget: MathNet.Numerics, 5.0.0\"", first[1]);
        Assert.Equal("#r \"../src/Downhill/bin/Release/net8.0/Downhill.dll\"", first[2]);
        // The lessons' knobs, predictions and checks live beside the library, not in it.
        Assert.Equal("#r \"../src/Downhill.Lessons/bin/Release/net8.0/Downhill.Lessons.dll\"", first[3]);
        // One namespace for the whole kit: the cell ends with the one using a student needs.
        Assert.Equal(["using Downhill;"], first.Skip(4));
    }

    [Theory]
    [MemberData(nameof(LessonCatalog.Names), MemberType = typeof(LessonCatalog))]
    public void Lesson_keeps_its_knobs_in_exactly_one_parameters_cell_with_alpha_and_a_step_count(string lesson)
    {
        var tagged = CodeCells(Load(lesson))
            .Where(c => c["metadata"]?["tags"]?.AsArray().Any(t => (string?)t == "parameters") == true)
            .ToList();
        var cell = Assert.Single(tagged);
        var source = Source(cell);
        Assert.Contains("double alpha = ", source);
        Assert.All(LessonCatalog.StepKnobs(lesson), knob => Assert.Contains($"int {knob} = ", source));
        Assert.All(LessonCatalog.BatchKnobs(lesson), knob => Assert.Contains($"int {knob} = ", source));
    }

    [Theory]
    [MemberData(nameof(LessonCatalog.Names), MemberType = typeof(LessonCatalog))]
    public void Lesson_opens_with_what_it_teaches_and_ends_with_two_to_six_checked_exercises_that_keep_their_answers_out_of_sight(string lesson)
    {
        var cells = Load(lesson)["cells"]!.AsArray().Cast<JsonObject>().ToList();
        var opening = Source(cells[0]);
        Assert.Contains("What this notebook teaches", opening);
        Assert.Contains("you will be able to", opening, StringComparison.OrdinalIgnoreCase);

        // An exercise cell calls a check: Exercise.Check… with its hint in the cell, or the lesson's own check
        // (Lesson03.Check…), which keeps the answer and the hint out of sight in the library.
        var exercises = CodeCells(Load(lesson)).Where(c => IsExercise(Source(c))).ToList();
        Assert.InRange(exercises.Count, 2, 6);
        Assert.All(exercises, cell =>
        {
            var source = Source(cell);
            Assert.True(source.Contains("Change this", StringComparison.OrdinalIgnoreCase) || source.Contains("Write it", StringComparison.OrdinalIgnoreCase),
                $"{lesson}: an exercise cell says what to change (\"Change this\") or to write (\"Write it\"):\n{source}");
            if (source.Contains("Exercise.Check", StringComparison.Ordinal)) Assert.Contains("hint:", source);
            // The answer is never on screen: no "expected:" in the cell (the lesson's check in the library holds it).
            Assert.DoesNotContain("expected:", source);
        });
        Assert.Equal(Source(CodeCells(Load(lesson)).Last()), Source(exercises.Last()));
    }

    private static bool IsExercise(string source) =>
        source.Contains("Exercise.Check", StringComparison.Ordinal) ||
        System.Text.RegularExpressions.Regex.IsMatch(source, @"\bLesson\d\d\.Check\w*\(");
}
