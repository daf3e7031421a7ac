namespace Downhill.Notebooks.Formatting;

/// <summary>
/// A piece of HTML a cell wants shown as HTML rather than as text, e.g. <c>HTML("&lt;b&gt;done&lt;/b&gt;")</c>,
/// like .NET Interactive's HTML() helper (which returned ASP.NET Core's HtmlString).
/// </summary>
public sealed record HtmlString(string Content)
{
    /// <summary>The HTML itself (Jupyter front-ends show it as the rich view).</summary>
    public string ToHtml() => Content;

    /// <summary>The raw HTML, for plain-text front-ends.</summary>
    public override string ToString() => Content;
}
