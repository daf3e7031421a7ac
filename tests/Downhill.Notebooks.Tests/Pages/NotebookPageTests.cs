using Downhill.Notebooks.Formatting;
using Downhill.Notebooks.Documents;
using Downhill.Notebooks.Pages;
using Downhill.Notebooks.Tests.NotebookRuns;

namespace Downhill.Notebooks.Tests.Pages;

public class NotebookPageTests
{
    private const string EmbeddedPlotly = "<script data-downhill=\"plotly.js\">/* a whole copy of plotly.js */</script>";

    private static NotebookCell ExecutedCell(string source, params CellOutput[] outputs)
    {
        var cell = TestNotebooks.Code(source);
        cell.ExecutionCount = 1;
        cell.Outputs.AddRange(outputs);
        return cell;
    }

    private static DisplayDataOutput Html(string html) =>
        new(new OutputData([new("text/html", html), new("text/plain", "chart")]), new());

    [Fact]
    public void Image_data_cannot_end_its_attribute()
    {
        var hostile = new DisplayDataOutput(new OutputData([new("image/png", "AAAA\" onerror=\"alert(1)"), new("text/plain", "image")]), new());
        var page = NotebookPage.Render(new Notebook([ExecutedCell("image", hostile)]), "lesson");

        Assert.DoesNotContain("onerror=\"", page);
        Assert.Contains("src=\"data:image/png;base64,AAAA&quot; onerror=&quot;alert(1)\"", page);
    }

    [Theory]
    [InlineData("Math $a\" onmouseover=\"alert(1)$ in a title")]
    [InlineData("$$x' onmouseover='alert(1)$$")]
    public void Math_cannot_end_the_title_attribute_it_is_kept_in(string markdown)
    {
        var page = NotebookPage.Render(new Notebook([TestNotebooks.Markdown(markdown)]), "lesson");

        Assert.DoesNotContain("\" onmouseover", page);
        Assert.DoesNotContain("' onmouseover", page);
        Assert.Contains("title=\"", page);
    }

    [Fact]
    public void Plotly_is_inlined_once_in_the_head_and_the_copies_in_outputs_are_removed()
    {
        var chart = PlotHtml.Render(Plot.FromFigureJson("""{"data":[{"type":"scatter","x":[1,2],"y":[3,4]}]}"""));
        var notebook = new Notebook([
            ExecutedCell("chart1", Html(EmbeddedPlotly + chart)),
            ExecutedCell("chart2", Html(chart)),
        ]);

        var page = NotebookPage.Render(notebook, "lesson");

        Assert.DoesNotContain("data-downhill=\"plotly.js\"", page);
        var head = page[..page.IndexOf("</head>", StringComparison.Ordinal)];
        Assert.Contains($"data-plotly-version=\"{PlotlyScript.Version}\"", head);
        Assert.Equal(1, Count(page, "data-plotly-version"));
        Assert.Equal(2, Count(page, "class=\"downhill-plot\""));
        Assert.DoesNotContain("</script", ScriptBody(page), StringComparison.OrdinalIgnoreCase); // plotly.js cannot end its own element early
    }

    [Fact]
    public void A_page_without_charts_carries_no_plotly()
    {
        var notebook = new Notebook([ExecutedCell("1 + 1", new ExecuteResultOutput(new OutputData([new("text/plain", "2")]), new(), 1))]);

        var page = NotebookPage.Render(notebook, "lesson");

        Assert.DoesNotContain("<script", page);
        Assert.Contains("<pre>2</pre>", page);
        Assert.True(page.Length < 20_000);
    }

    [Fact]
    public void Code_streams_and_errors_are_escaped_and_styled()
    {
        var notebook = new Notebook([
            ExecutedCell("if (a < b) Console.WriteLine(\"<hi>\");",
                new StreamOutput("stdout", "<hi>\n"),
                new StreamOutput("stderr", "\u001b[31mwarning\u001b[0m\n"),
                new ErrorOutput("CompilationError", "cell 1, line 1: CS0103: The name 'a' does not exist", ["cell 1, line 1: CS0103: The name 'a' does not exist"])),
        ]);

        var page = NotebookPage.Render(notebook, "lesson");

        Assert.Contains("if (a &lt; b) Console.WriteLine(&quot;&lt;hi&gt;&quot;);", page);
        Assert.Contains("<div class=\"output stream stdout\"><pre>&lt;hi&gt;\n</pre></div>", page);
        Assert.Contains("<div class=\"output stream stderr\"><pre>warning\n</pre></div>", page); // colour codes removed
        Assert.Contains("<div class=\"output error\"><strong>CompilationError</strong>: cell 1, line 1: CS0103", page);
    }

    [Fact]
    public void Markdown_cells_render_with_readable_math_and_the_title_comes_from_the_first_heading()
    {
        var notebook = new Notebook([
            TestNotebooks.Markdown("# Step size\n\nThe update is $w \\gets w - \\alpha \\nabla L(w)$.\n\n| a | b |\n|---|---|\n| 1 | 2 |"),
            TestNotebooks.Code("#!markdown\n## Written as a code cell"),
        ]);

        var page = NotebookPage.Render(notebook, "fallback");

        Assert.Contains("<title>Step size</title>", page);
        Assert.Contains("w ← w − α ∇L(w)", page);
        Assert.Contains("<table>", page);
        Assert.Contains("<h2", page); // a code cell starting #!markdown is prose, not code
        Assert.DoesNotContain("#!markdown", page);
    }

    [Fact]
    public void Parameter_cells_are_labelled()
    {
        var notebook = new Notebook([TestNotebooks.Code("double alpha = 0.1;", "parameters"), TestNotebooks.Code("alpha = 0.5;", "injected-parameters")]);

        var page = NotebookPage.Render(notebook, "lesson");

        Assert.Contains("<section class=\"cell code parameters\">", page);
        Assert.Contains("<span class=\"label\">injected parameters</span>", page);
    }

    [Fact]
    public void The_index_links_pages_in_order_with_titles()
    {
        var index = IndexPage.Render("Downhill notebooks", [new("Intro & setup", "01-intro.html", "01-intro.ipynb"), new("Momentum", "02-momentum.html", "02-momentum.ipynb", Failed: true)]);

        Assert.True(index.IndexOf("01-intro.html", StringComparison.Ordinal) < index.IndexOf("02-momentum.html", StringComparison.Ordinal));
        Assert.Contains(">Intro &amp; setup</a>", index);
        Assert.Contains("did not run to the end", index);
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;

    private static string ScriptBody(string page)
    {
        var start = page.IndexOf('>', page.IndexOf("data-plotly-version", StringComparison.Ordinal)) + 1;
        return page[start..page.IndexOf("</script>", start, StringComparison.Ordinal)];
    }
}
