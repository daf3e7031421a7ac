using System.Text.Json.Nodes;

namespace Downhill;

public static partial class Plots
{
    /// <summary>A straight-line fit ŷ = slope·x + intercept through the data points.</summary>
    public static Plot RegressionFit(IReadOnlyList<double> x, IReadOnlyList<double> y, double slope, double intercept,
        string xTitle = "x", string yTitle = "y", string? title = null)
    {
        if (!double.IsFinite(slope) || !double.IsFinite(intercept))
            throw new ArgumentException($"RegressionFit needs a finite slope and intercept; got slope {slope} and intercept {intercept} (did training diverge?).");
        var label = $"ŷ = {ChartNumber.Show(slope)}·x {(intercept < 0 ? "−" : "+")} {ChartNumber.Show(Math.Abs(intercept))}";
        return RegressionFit(x, y, v => slope * v + intercept, xTitle, yTitle, title, label);
    }

    /// <summary>
    /// Data points and a fitted curve ŷ = predict(x), drawn across the range of the data (so a curved
    /// model shows its curve).
    /// </summary>
    public static Plot RegressionFit(IReadOnlyList<double> x, IReadOnlyList<double> y, Func<double, double> predict,
        string xTitle = "x", string yTitle = "y", string? title = null, string fitLabel = "fitted line")
    {
        const string chart = nameof(RegressionFit);
        Guard.NotNull(predict, "the predict function");
        var xs = Guard.NonEmpty(x, chart, nameof(x));
        var ys = Guard.NonEmpty(y, chart, nameof(y));
        Guard.SameLength(xs.Count, ys.Count, chart, "x", "y");
        Guard.AllFinite(xs, chart, "x");
        Guard.AllFinite(ys, chart, "y");

        var (min, max) = Sampling.FiniteExtent(xs)!.Value;
        var lineX = Sampling.Linspace(min, max, min == max ? 1 : 200);
        var lineY = lineX.Select(predict).ToArray();
        var points = Traces.Scatter("data", xs, ys, "markers", "#1f77b4");
        points["marker"]!["size"] = 6;
        points["marker"]!["opacity"] = 0.6;
        var data = new JsonArray { points, Traces.Scatter(fitLabel, lineX, lineY, "lines", "#d62728", 3) };
        var layout = Style.Layout(Style.OrDefault(title, "Regression fit"), Style.Axis(xTitle), Style.Axis(yTitle));
        var gaps = lineY.Count(v => !double.IsFinite(v));
        if (gaps > 0) layout["annotations"] = new JsonArray { Traces.CornerNote($"the model gave {gaps} non-finite prediction(s); they are left out") };
        return new Plot(data, layout);
    }
}
