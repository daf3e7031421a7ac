using Ganss.Xss;

namespace Downhill.Notebooks.Pages;

/// <summary>
/// Cleans HTML that someone other than the page's reader wrote — a student's markdown, raw cells, the HTML their
/// code displayed — for <c>render --safe</c>: scripts, event handlers, <c>javascript:</c> links, frames, forms and
/// styles that could hide or fake content are removed; text, tables, lists, links, images and the pages' math
/// markup stay. (HtmlSanitizer parses the fragment as a browser would, so broken markup cannot smuggle a tag past it.)
/// </summary>
internal static class UntrustedHtml
{
    private static readonly HtmlSanitizer Sanitizer = Create();

    /// <summary>Images the current call carries into the page; set only while the sanitizer's lock is held.</summary>
    private static LocalImages? currentImages;

    /// <param name="html">The fragment to clean.</param>
    /// <param name="images">The notebook's own images, which an <c>img</c> naming one by a relative path gets as data; null for none.</param>
    public static string Clean(string html, LocalImages? images = null)
    {
        // HtmlSanitizer keeps no state between calls, but its documentation does not promise thread safety.
        lock (Sanitizer)
        {
            currentImages = images;
            try { return Sanitizer.Sanitize(html); }
            finally { currentImages = null; }
        }
    }

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        // The pages' own markup: math spans carry their TeX in a title, Markdig marks code languages with a class.
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedAttributes.Add("title");
        // Inline styles could cover the page with a fake one; a student's work reads fine without them.
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("style");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.FilterUrl += (_, e) =>
        {
            // A safe page's policy loads images from data: only; the notebook's own ones are carried along.
            if (currentImages is { } images && e.Tag.NodeName == "IMG" && e.Tag.GetAttribute("src") == e.OriginalUrl && e.SanitizedUrl is not null
                && images.DataAddress(e.OriginalUrl) is { } data)
                e.SanitizedUrl = data;
        };
        return sanitizer;
    }
}
