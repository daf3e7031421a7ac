namespace Downhill.Notebooks.Formatting;

/// <summary>
/// Turns a cell's value into a <see cref="MimeBundle"/> — one formatter for the command and the
/// kernel. Every bundle has text/plain. Charts (the kit's <see cref="Plot"/>, Plotly.NET's GenericChart) are
/// the Plotly figure (application/vnd.plotly.v1+json), an HTML view that draws it, and a line saying what they
/// show. HTML content and objects with a ToHtml() also get text/html; sequences of objects become tables.
/// <para>
/// One formatter per session: the first chart it formats carries plotly.js itself, in a data block
/// (<see cref="PlotlyCarrier"/>), so charts of a saved or exported notebook draw offline; later charts' scripts
/// find that copy and stay small. Page renderers strip those blocks and load plotly.js once.
/// </para>
/// </summary>
public sealed class OutputFormatter
{
    /// <summary>The attribute that marks the script block carrying plotly.js (page renderers look for it).</summary>
    public const string PlotlyScriptMarker = "data-downhill=\"plotly.js\"";

    private int plotlyIncluded;

    /// <summary>Whether a chart formatted so far has carried plotly.js.</summary>
    public bool PlotlyIncluded => Volatile.Read(ref plotlyIncluded) == 1;

    /// <summary>
    /// The next chart carries plotly.js again: the kernel calls this when the cell whose output carried it runs
    /// again, since the front end then replaces that output (and the copy with it).
    /// </summary>
    public void CarryPlotlyAgain() => Volatile.Write(ref plotlyIncluded, 0);

    /// <summary>Formats one value; never throws for a value whose ToString throws (the text then says so).</summary>
    public MimeBundle Format(object? value)
    {
        switch (value)
        {
            case null:
                return MimeBundle.FromText("null");
            case string text:
                return MimeBundle.FromText(text);
            case Plot plot:
                return Chart(plot);
            case Plotly.NET.GenericChart chart:
                return Chart(Plot.FromPlotly(chart));
        }

        if (HtmlSource.TryGetHtml(value) is { } html)
            return MimeBundle.FromHtml(html, PlainText(value));
        if (TableFormatter.TryFormat(value) is { } table)
            return MimeBundle.FromHtml(table.Html, table.Text);
        if (ListText.TryFormat(value) is { } list)
            return MimeBundle.FromText(list);
        return MimeBundle.FromText(PlainText(value));
    }

    private MimeBundle Chart(Plot plot)
    {
        var html = PlotHtml.Render(plot);
        if (Interlocked.Exchange(ref plotlyIncluded, 1) == 0)
            html = $"{PlotlyCarrier.Html}\n{html}";
        return MimeBundle.FromChart(plot.ToFigureJson(), html, plot.ToString());
    }

    private static string PlainText(object value)
    {
        try
        {
            return TableFormatter.CellText(value);
        }
        catch (Exception e)
        {
            return $"({value.GetType().Name}.ToString() failed: {e.Message})";
        }
    }
}
