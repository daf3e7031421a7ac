using System.Reflection;
using System.Text.Encodings.Web;

namespace Downhill.Notebooks.Formatting;

/// <summary>
/// Finds the HTML view of values that have one, without knowing their types in advance: anything with a
/// public parameterless <c>string ToHtml()</c> (the kit's Plot, Feedback, <see cref="HtmlString"/>), and anything
/// implementing ASP.NET Core's <c>IHtmlContent</c> (what .NET Interactive's HTML() returned, and what
/// packages such as Plotly.NET.Interactive-era helpers produce), written through its <c>WriteTo</c>.
/// </summary>
internal static class HtmlSource
{
    /// <summary>The value's HTML, or null when it has none (or producing it failed: the text view still shows).</summary>
    public static string? TryGetHtml(object value)
    {
        try
        {
            return Find(value);
        }
        catch (TargetInvocationException)
        {
            return null;
        }
    }

    private static string? Find(object value)
    {
        var type = value.GetType();
        var toHtml = type.GetMethod("ToHtml", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes);
        if (toHtml is not null && toHtml.ReturnType == typeof(string))
            return (string?)toHtml.Invoke(value, null);

        var htmlContent = type.GetInterfaces().FirstOrDefault(i => i.FullName == "Microsoft.AspNetCore.Html.IHtmlContent");
        var writeTo = htmlContent?.GetMethod("WriteTo");
        if (writeTo is null) return null;
        using var writer = new StringWriter();
        writeTo.Invoke(value, [writer, HtmlEncoder.Default]);
        return writer.ToString();
    }
}
