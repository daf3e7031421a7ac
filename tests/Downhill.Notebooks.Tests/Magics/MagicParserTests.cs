using Downhill.Notebooks.Magics;

namespace Downhill.Notebooks.Tests.Magics;

public sealed class MagicParserTests
{
    [Fact]
    public void Magic_lines_become_blank_lines_so_line_numbers_stay_the_cells_own()
    {
        var cell = MagicParser.Parse("#!time\n#r \"nuget: Humanizer.Core, 2.14.1\"\nvar x = 1;\n#i \"nuget: https://example.org/index.json\"\nx");
        Assert.Equal("\n\nvar x = 1;\n\nx", cell.Code);
        Assert.Collection(cell.Magics,
            m => Assert.Equal(new TimeMagic(1), m),
            m => Assert.Equal(new NuGetPackageMagic(2, "Humanizer.Core", "2.14.1"), m),
            m => Assert.Equal(new NuGetSourceMagic(4, "https://example.org/index.json"), m));
        Assert.True(cell.IsTimed);
    }

    [Theory]
    [InlineData("#r \"nuget: Newtonsoft.Json\"", "Newtonsoft.Json", null)]
    [InlineData("#r \"nuget:Newtonsoft.Json,13.0.3\"", "Newtonsoft.Json", "13.0.3")]
    [InlineData("  #r   \"nuget: Plotly.NET, 6.0.0\"  ", "Plotly.NET", "6.0.0")]
    public void Package_references_are_read_with_or_without_a_version(string line, string name, string? version) =>
        Assert.Equal(new NuGetPackageMagic(1, name, version), Assert.Single(MagicParser.Parse(line).Magics));

    [Fact]
    public void Assembly_references_keep_their_path()
    {
        var magic = Assert.IsType<AssemblyReferenceMagic>(Assert.Single(MagicParser.Parse("#r \"../src/Downhill/bin/Release/net8.0/Downhill.dll\"").Magics));
        Assert.Equal("Downhill", magic.AssemblyName);
        Assert.Equal("/work/src/Downhill/bin/Release/net8.0/Downhill.dll", magic.FullPath("/work/notebooks"));
    }

    [Theory]
    [InlineData("#!csharp")]
    [InlineData("#!c#")]
    [InlineData("#!C#")]
    public void The_csharp_marker_is_accepted_and_removed(string marker)
    {
        var cell = MagicParser.Parse(marker + "\n1 + 1");
        Assert.IsType<CSharpMarker>(Assert.Single(cell.Magics));
        Assert.Equal("\n1 + 1", cell.Code);
    }

    [Fact]
    public void A_markdown_cell_runs_nothing_and_its_prose_is_not_parsed()
    {
        var cell = MagicParser.Parse("\n#!markdown\n# Title\n#!whatever is prose here");
        Assert.True(cell.IsMarkdown);
        Assert.Equal("", cell.Code);
    }

    [Fact]
    public void An_unknown_magic_is_an_error_that_names_it()
    {
        var error = Assert.Throws<MagicCommandException>(() => MagicParser.Parse("var x = 1;\n#!fsharp"));
        Assert.Equal(2, error.Line);
        Assert.Equal("unknown magic command #!fsharp: this kit runs C# cells and knows #!csharp, #!markdown, #!time, #r and #i", error.Message);
    }

    [Theory]
    [InlineData("#r nuget: Foo")]
    [InlineData("#r \"nuget: \"")]
    [InlineData("#r \"nuget: Foo, 1.0, extra\"")]
    [InlineData("#i \"https://example.org/index.json\"")]
    [InlineData("#r \"\"")]
    public void Malformed_references_are_errors(string line) =>
        Assert.Throws<MagicCommandException>(() => MagicParser.Parse(line));

    [Theory]
    [InlineData("#if DEBUG\nvar x = 1;\n#endif")]
    [InlineData("#region knobs\nvar x = 1;\n#endregion")]
    [InlineData("var s = \"#r is not a magic here\";")]
    public void Ordinary_csharp_directives_are_left_alone(string code)
    {
        var cell = MagicParser.Parse(code);
        Assert.Empty(cell.Magics);
        Assert.Equal(code, cell.Code);
    }
}
