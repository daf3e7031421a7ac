namespace Downhill.Notebooks.Execution;

/// <summary>
/// One displayable value in several representations, keyed by MIME type ("text/plain", "text/html").
/// Every bundle the executor produces carries text/plain, so any front-end can show something.
/// </summary>
public sealed record MimeBundle(IReadOnlyDictionary<string, string> Data)
{
    public const string PlainText = "text/plain";
    public const string Html = "text/html";

    public string Text => Data.TryGetValue(PlainText, out var text) ? text : "";

    public string? HtmlText => Data.TryGetValue(Html, out var html) ? html : null;

    public static MimeBundle FromText(string text) => new(new Dictionary<string, string> { [PlainText] = text });

    public static MimeBundle FromHtml(string html, string text) =>
        new(new Dictionary<string, string> { [Html] = html, [PlainText] = text });
}
