using Downhill.Notebooks.Documents;
using Downhill.Notebooks.Parameters;

namespace Downhill.Notebooks.Tests.Parameters;

public class ParameterInjectionTests
{
    private const string Knobs = """
        double alpha = 0.1;   // learning rate
        var steps = 50;
        string optimizer = "sgd";
        bool verbose = false;
        var seed = 42L;
        """;

    private static Notebook Lesson() => new([
        new NotebookCell(CellKind.Markdown, "# Lesson"),
        new NotebookCell(CellKind.Code, Knobs, metadata: new() { ["tags"] = new System.Text.Json.Nodes.JsonArray("parameters") }),
        new NotebookCell(CellKind.Code, "alpha * steps"),
    ]);

    private static string Injected(Notebook notebook) => notebook.Cells.Single(c => c.HasTag("injected-parameters")).Source;

    [Fact]
    public void Overrides_go_into_a_tagged_cell_right_after_the_parameters_cell()
    {
        var notebook = Lesson();

        ParameterInjector.Inject(notebook, [new("alpha", "0.85"), new("steps", "200")]);

        Assert.Equal(4, notebook.Cells.Count);
        Assert.True(notebook.Cells[2].HasTag("injected-parameters"));
        Assert.Equal("// Parameters injected by downhill run -p\nalpha = 0.85;\nsteps = 200;", notebook.Cells[2].Source);
        Assert.Equal("csharp", notebook.LanguageOf(notebook.Cells[2]));
        Assert.True(CellIds.IsValid(notebook.Cells[2].Id));
        Assert.Equal(Knobs, notebook.Cells[1].Source); // the notebook's own defaults stay as written
    }

    [Theory]
    [InlineData("alpha", "1", "alpha = 1.0;")]
    [InlineData("alpha", "1e-3", "alpha = 0.001;")]
    [InlineData("alpha", "-2.5", "alpha = -2.5;")]
    [InlineData("alpha", "NaN", "alpha = double.NaN;")]
    [InlineData("optimizer", "adam", "optimizer = \"adam\";")]
    [InlineData("optimizer", "\"say \\\"hi\\\"\"", "optimizer = \"say \\\\\\\"hi\\\\\\\"\";")]
    [InlineData("optimizer", "a=b", "optimizer = \"a=b\";")]
    [InlineData("verbose", "True", "verbose = true;")]
    [InlineData("seed", "7", "seed = 7L;")]
    public void Values_become_literals_of_the_declared_type(string name, string value, string expected)
    {
        var notebook = Lesson();

        ParameterInjector.Inject(notebook, [new(name, value)]);

        Assert.Equal(expected, Injected(notebook).Split('\n')[1]);
    }

    [Fact]
    public void Strings_are_escaped_so_the_cell_compiles() =>
        Assert.Equal("\"C:\\\\data\\n\"", CSharpLiteral.For("path", "string", "C:\\data\n"));

    [Fact]
    public void Running_again_replaces_the_injected_cell()
    {
        var notebook = Lesson();
        ParameterInjector.Inject(notebook, [new("alpha", "0.5")]);

        ParameterInjector.Inject(notebook, [new("steps", "10")]);

        Assert.Equal("// Parameters injected by downhill run -p\nsteps = 10;", Injected(notebook));
        Assert.Equal(4, notebook.Cells.Count);
    }

    [Fact]
    public void No_overrides_removes_an_old_injected_cell()
    {
        var notebook = Lesson();
        ParameterInjector.Inject(notebook, [new("alpha", "0.5")]);

        ParameterInjector.Inject(notebook, []);

        Assert.Equal(3, notebook.Cells.Count);
    }

    [Fact]
    public void An_undeclared_name_is_an_error_that_lists_the_declared_ones()
    {
        var error = Assert.Throws<NotebookException>(() => ParameterInjector.Inject(Lesson(), [new("alpah", "0.3")], "02-learning-rate.ipynb"));

        Assert.Equal("02-learning-rate.ipynb's parameters cell does not declare alpah; it declares alpha, steps, optimizer, verbose, seed.", error.Message);
    }

    [Theory]
    [InlineData("alpha", "fast", "-p alpha=fast is not a valid double (write a number with a dot, like 0.85 or 1e-3).")]
    [InlineData("alpha", "1e400", "-p alpha=1e400 is beyond the largest double (about 1.8e308); write infinity if you mean it.")]
    [InlineData("alpha", "-1e400", "-p alpha=-1e400 is beyond the largest double (about 1.8e308); write infinity if you mean it.")]
    [InlineData("steps", "2.5", "-p steps=2.5 is not a valid int (write a whole number, like 50).")]
    [InlineData("verbose", "yes", "-p verbose=yes is not a valid bool (write true or false).")]
    public void A_value_that_is_not_of_the_type_is_an_error(string name, string value, string expected) =>
        Assert.Equal(expected, Assert.Throws<NotebookException>(() => ParameterInjector.Inject(Lesson(), [new(name, value)])).Message);

    [Fact]
    public void A_notebook_without_a_parameters_cell_cannot_take_overrides()
    {
        var notebook = new Notebook([new NotebookCell(CellKind.Code, "double alpha = 0.1;")]);

        var error = Assert.Throws<NotebookException>(() => ParameterInjector.Inject(notebook, [new("alpha", "0.2")], "01-intro.ipynb"));

        Assert.StartsWith("01-intro.ipynb has no cell tagged \"parameters\", so -p alpha has nothing to override", error.Message);
    }

    [Fact]
    public void Constants_and_untyped_declarations_are_refused_with_a_reason()
    {
        var notebook = new Notebook([new NotebookCell(CellKind.Code, "const int Steps = 5;\nvar grid = Enumerable.Range(0, 3);",
            metadata: new() { ["tags"] = new System.Text.Json.Nodes.JsonArray("parameters") })]);

        Assert.Contains("const", Assert.Throws<NotebookException>(() => ParameterInjector.Inject(notebook, [new("Steps", "6")])).Message);
        Assert.Contains("cannot tell its type", Assert.Throws<NotebookException>(() => ParameterInjector.Inject(notebook, [new("grid", "6")])).Message);
    }

    [Fact]
    public void Declarations_are_found_by_parsing_not_running()
    {
        var found = ParametersCell.Declarations("double a = 0.1, b = -2;\nvar n = -3;\nvar name = \"x\";\nfloat? f = null;\nConsole.WriteLine(a);");

        Assert.Equal(
            [new("a", "double", false), new("b", "double", false), new("n", "int", false), new("name", "string", false), new("f", "float", false)],
            found);
    }

    [Theory]
    [InlineData("alpha=0.85", "alpha", "0.85")]
    [InlineData("title=a=b", "title", "a=b")]
    [InlineData("name=", "name", "")]
    public void The_command_line_form_is_name_equals_value(string text, string name, string value) =>
        Assert.Equal(new ParameterOverride(name, value), ParameterOverride.Parse(text));

    [Theory]
    [InlineData("alpha")]
    [InlineData("=0.1")]
    [InlineData("2x=1")]
    public void Bad_command_line_forms_say_what_is_expected(string text) =>
        Assert.Equal($"-p {text} is not of the form name=value (for example: -p alpha=0.1).",
            Assert.Throws<NotebookException>(() => ParameterOverride.Parse(text)).Message);
}
