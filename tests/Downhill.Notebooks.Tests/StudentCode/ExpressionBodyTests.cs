using Downhill.Notebooks.Documents;
using Downhill.Notebooks.Tests.Cli;
using Downhill.Testing;
using static Downhill.Notebooks.Tests.NotebookRuns.TestNotebooks;

namespace Downhill.Notebooks.Tests.StudentCode;

/// <summary>
/// Issue 23, item 2: every expression-bodied form of the C# grammar compiles in a notebook as in plain C#, the
/// recursion guard notwithstanding — the exercise stub "=> throw new NotImplementedException()" above all.
/// Run through the real `downhill run` command, one cell per form, each ending in a value.
/// </summary>
public sealed class ExpressionBodyTests
{
    private const string Stub = "throw new NotImplementedException()";

    public static TheoryData<string, string, string> Forms => new()
    {
        { "methods", $"double Gradient(double w) => {Stub};\nvoid Step() => {Stub};\nstatic int Twice(int n) => 2 * n;\nTwice(4)", "8" },
        { "local functions", $"int Outer()\n{{\n    int Inner(int x) => {Stub};\n    void Nothing() => {Stub};\n    static int Three() => 3;\n    return Three();\n}}\nOuter()", "3" },
        { "properties and accessors",
            $"class Stub\n{{\n    public int V => {Stub};\n    public int W {{ get => {Stub}; set => {Stub}; }}\n    public int I {{ get => 1; init => {Stub}; }}\n" +
            $"    public event Action E {{ add => {Stub}; remove => {Stub}; }}\n    public Stub(int x) => {Stub};\n    public Stub() {{ }}\n}}\nnew Stub().I", "1" },
        { "indexers", $"class Grid\n{{\n    public int this[int i] => {Stub};\n    public int this[string s] {{ get => s.Length; set => {Stub}; }}\n}}\nnew Grid()[\"abc\"]", "3" },
        { "operators and conversions",
            $"record struct V2(double X, double Y)\n{{\n    public static V2 operator +(V2 a, V2 b) => new(a.X + b.X, a.Y + b.Y);\n    public static V2 operator -(V2 a) => {Stub};\n" +
            "    public static explicit operator double(V2 v) => v.X;\n    public static implicit operator V2(double x) => new(x, 0);\n}\n(double)(new V2(1, 2) + 3.0)", "4" },
        { "lambdas",
            $"var log = new List<int>();\nvar total = 0;\nFunc<int, int> todo = x => {Stub};\nAction later = () => {Stub};\nAction<int> add = x => log.Add(x);\n" +
            "Func<int, bool> drop = x => log.Remove(x);\nAction<int> sum = x => total += Math.Abs(x);\nAction<int> fresh = n => new List<int>(n);\n" +
            "Func<int, int> square = x => Math.Abs(x) * x;\nadd(4); add(5); drop(4); sum(-3); fresh(2);\nlog.Single() + total + square(2)", "12" },
        { "expression trees", "using System.Linq.Expressions;\nExpression<Func<double, double>> root = x => Math.Sqrt(x) * 2;\nExpression<Action<string>> say = s => Console.Write(s);\nroot.Compile()(9)", "6" },
        { "ref returns", "int[] slots = { 1, 2 };\nref int First() => ref slots[0];\nref int Pick(int[] a, int i) => ref a[i];\n" +
            "class Holder { int v = 5; public ref int V => ref v; public ref int this[int i] => ref v; }\nFirst() = 9;\nPick(slots, 1) = 8;\nslots[0] + slots[1] + new Holder().V", "22" },
        { "await", "async Task<int> Later() => await Task.FromResult(3);\nasync Task Wait() => await Task.Delay(1);\nasync void Fire() => await Task.Yield();\n" +
            "Func<Task<int>> later = async () => await Later();\nFunc<Task> wait = async () => await Wait();\nawait wait();\nawait later()", "3" },
        { "yield", "IEnumerable<int> Count(int n) { for (var i = 0; i < n; i++) yield return i; }\nIEnumerable<int> Twice(int n) { foreach (var i in Count(n)) yield return 2 * i; }\n" +
            "IEnumerable<int> Evens(int n) => Count(n).Where(i => i % 2 == 0);\nTwice(3).Sum() + Evens(5).Sum()", "12" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Every_expression_bodied_form_compiles_as_in_plain_csharp(string form, string cell, string expected)
    {
        var folder = RepositoryPaths.NewTempFolder();
        Save(folder, "forms.ipynb", Code(cell));

        var run = await DownhillCommand.InProcessAsync(folder, "run", "forms.ipynb");

        Assert.True(run.ExitCode == 0, $"{form} did not run:\n{run.Output}");
        var executed = NotebookFile.Read(Path.Combine(folder, "artifacts", "forms.ipynb"));
        Assert.Equal(expected, executed.Cells[0].Outputs.OfType<ExecuteResultOutput>().Single().Data.Text("text/plain"));
    }

    [Fact]
    public async Task The_exercise_stub_compiles_and_calling_it_names_the_cell_and_line()
    {
        var folder = RepositoryPaths.NewTempFolder();
        Save(folder, "stub.ipynb", Code($"double Gradient(double w) => {Stub};"), Code("var w = 1.0;\nGradient(w)"));

        var run = await DownhillCommand.InProcessAsync(folder, "run", "stub.ipynb");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("stub.ipynb: cell 2, line 2: The method or operation is not implemented.", run.Output);
    }
}
