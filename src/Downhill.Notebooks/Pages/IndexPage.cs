using System.Text;

namespace Downhill.Notebooks.Pages;

/// <summary>One line of the index: a notebook's title, its page, its file and whether its run failed.</summary>
public sealed record IndexEntry(string Title, string Href, string FileName, bool Failed = false);

/// <summary>The page that links the notebooks' pages in order, with their titles.</summary>
public static class IndexPage
{
    public static string Render(string heading, IReadOnlyList<IndexEntry> entries)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"downhill\">\n")
            .Append("<title>").Append(Encode(heading)).Append("</title>\n<style>\n").Append(PageStyle.Css).Append("\n</style>\n</head>\n<body>\n<main>\n")
            .Append("<h1>").Append(Encode(heading)).Append("</h1>\n<ol class=\"notebooks\">\n");
        foreach (var entry in entries)
        {
            // A file name is not a URL: "a#b.html" or "50%.html" must be escaped to link to their files.
            html.Append("<li><a href=\"").Append(Encode(Uri.EscapeDataString(entry.Href))).Append("\">").Append(Encode(entry.Title)).Append("</a>")
                .Append("<span class=\"file\">").Append(Encode(entry.FileName)).Append("</span>");
            if (entry.Failed) html.Append("<span class=\"failed\">did not run to the end</span>");
            html.Append("</li>\n");
        }
        html.Append("</ol>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Encode(string text) => HtmlText.Encode(text);
}
