namespace Downhill;

/// <summary>
/// Colours used across charts, so an optimizer keeps its colour from one chart to the next
/// (Adam is always the same brown, momentum always orange…).
/// </summary>
internal static class ChartColors
{
    /// <summary>The colours given out in order when series are not told apart by optimizer.</summary>
    public static IReadOnlyList<string> Palette { get; } =
    [
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
        "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
    ];

    /// <summary>The colour used to mark divergence.</summary>
    public const string Diverged = "#c0392b";

    // Longer names first: "AdamW" must not be taken for "Adam", nor "Nesterov momentum" for "momentum".
    private static readonly (string Prefix, string Color)[] Optimizers =
    [
        ("adamw", "#e377c2"),
        ("adam", "#8c564b"),
        ("nesterov", "#2ca02c"),
        ("momentum", "#ff7f0e"),
        ("rmsprop", "#9467bd"),
        ("adagrad", "#d62728"),
        ("gradient descent", "#1f77b4"),
        ("sgd", "#1f77b4"),
        ("gd", "#1f77b4"),
    ];

    /// <summary>
    /// The colour of an optimizer, recognised from the start of a name or label such as "Adam α=0.1";
    /// null when the name is not one of the kit's optimizers.
    /// </summary>
    public static string? ForOptimizer(string nameOrLabel)
    {
        ChartInput.NotNull(nameOrLabel, "the optimizer name");
        var key = OptimizerKey(nameOrLabel);
        return key is null ? null : Optimizers.First(o => o.Prefix == key).Color;
    }

    /// <summary>
    /// One colour per label: each optimizer's own colour when every label names a different optimizer,
    /// otherwise the palette in order (three runs of GD with different α must not all be blue).
    /// </summary>
    internal static IReadOnlyList<string> ForLabels(IReadOnlyList<string?> labels)
    {
        var keys = labels.Select(l => OptimizerKey(l ?? "")).ToList();
        var distinctOptimizers = keys.All(k => k is not null) && keys.Distinct().Count() == keys.Count;
        return distinctOptimizers
            ? labels.Select(l => ForOptimizer(l!)!).ToList()
            : labels.Select((_, i) => Palette[i % Palette.Count]).ToList();
    }

    private static string? OptimizerKey(string label)
    {
        var lower = label.Trim().ToLowerInvariant();
        foreach (var (prefix, _) in Optimizers)
        {
            if (!lower.StartsWith(prefix, StringComparison.Ordinal)) continue;
            // "gd" must be a whole word: "gdx" is not gradient descent.
            if (lower.Length == prefix.Length || !char.IsLetter(lower[prefix.Length])) return prefix is "sgd" or "gd" ? "gradient descent" : prefix;
        }
        return null;
    }
}
