using Downhill.Notebooks.Formatting;

namespace Downhill.Notebooks.CellExecution;

/// <summary>
/// The helpers every cell can call without a using, as in .NET Interactive's C# kernel:
/// <c>display(x)</c> and <c>HTML("…")</c>. Public because Roslyn scripts bind to its members.
/// </summary>
public sealed class CellGlobals
{
    private readonly CSharpSession session;

    internal CellGlobals(CSharpSession session) => this.session = session;

    /// <summary>Shows <paramref name="value"/> now and returns a handle whose Update replaces it.</summary>
#pragma warning disable IDE1006 // lower-case on purpose: notebooks written for .NET Interactive call display(x)
    public DisplayHandle display(object? value) => session.Display(value);
#pragma warning restore IDE1006

    /// <summary>Marks a string as HTML, so it is shown rendered rather than as text.</summary>
    public HtmlString HTML(string content) => new(content);
}
