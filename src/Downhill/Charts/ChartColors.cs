namespace Downhill;

/// <summary>
/// The colours charts share. Series take the palette in the order the caller lists them — series i gets colour i in
/// every chart — and a few roles have a colour of their own: the ball, the curve it rolls on, a blow-up.
/// </summary>
internal static class ChartColors
{
    /// <summary>plotly's ten colours, given out in order.</summary>
    public static IReadOnlyList<string> Palette { get; } =
    [
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
        "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
    ];

    /// <summary>The colour of series <paramref name="index"/>: the palette in order, from the start again after ten.</summary>
    public static string Of(int index) => Palette[index % Palette.Count];

    /// <summary>The colour used to mark divergence.</summary>
    public const string Diverged = "#c0392b";

    /// <summary>The ball rolling on a curve.</summary>
    public const string Ball = "#d35400";

    /// <summary>The curve or landscape line the runs are drawn on.</summary>
    public const string Curve = "#555";
}
