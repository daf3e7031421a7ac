namespace Downhill.Notebooks.Magics;

/// <summary><c>#!csharp</c> (and its .NET Interactive aliases <c>#!c#</c>, <c>#!C#</c>): the cell is C#, which it is anyway.</summary>
internal sealed record CSharpMarker(int Line) : MagicCommand(Line)
{
    public static readonly string[] Names = ["csharp", "c#", "C#"];
}

/// <summary><c>#!markdown</c>: the cell is prose (a .dib habit); nothing runs.</summary>
internal sealed record MarkdownMarker(int Line) : MagicCommand(Line)
{
    public const string Name = "markdown";
}
