using System.Text.Json.Nodes;
namespace Downhill;

/// <summary>
/// One 1-D run as the explorers show it, step by step: the ball (clipped to the view and marked ✕ when it has
/// flown out), a short trail, and a readout of step, w, Q(w), slope and status — all read off the
/// <see cref="Trajectory"/> and the curve, so the chart says exactly what the library computed.
/// A step past the run's end shows its last position (a converged or diverged run stops early).
/// </summary>
internal sealed class CurvePanel(Landscape curve, Trajectory run, (double Min, double Max) xView, (double Min, double Max) yView, string heading, string color)
{
    /// <summary>How many of the latest steps the trail behind the ball shows.</summary>
    public const int TrailSteps = 6;

    private readonly double target = Target(curve, run);

    public double W(int k) => run.Positions[Math.Min(k, run.Steps)][0];

    /// <summary>
    /// The status at step k: "rolling", "crawling" (this run ends its budget without settling), "oscillating" (the
    /// sign of w − w* flipped on this step; "growing" when the swing widened), and at the run's end
    /// "converged at step k", "diverged at step k" or, as the run's message says it, "step limit reached after N steps"; every
    /// ball "waiting at the start" at step 0.
    /// </summary>
    public string Status(int k)
    {
        var s = run.Steps;
        if (k >= s && run.Outcome == RunOutcome.Diverged) return $"diverged at step {run.DivergenceStep}";
        if (k >= s && run.Outcome == RunOutcome.Converged) return $"converged at step {s}";
        // The run's own words at its end ("step limit reached after 40 steps"), as its printed message says them.
        if (k >= s && run.Outcome == RunOutcome.StepLimitReached) return run.Ending;
        var at = Math.Min(k, s);
        if (at == 0) return "waiting at the start";
        if (Math.Sign(W(at) - target) * Math.Sign(W(at - 1) - target) < 0)
            return Math.Abs(W(at) - target) > Math.Abs(W(at - 1) - target) ? "oscillating, growing" : "oscillating";
        return run.Outcome == RunOutcome.StepLimitReached ? "crawling" : "rolling";
    }

    /// <summary>The readout lines for step k (HTML line breaks, as plotly draws text).</summary>
    public string Readout(int k)
    {
        var w = W(k);
        var shown = Math.Min(k, run.Steps);
        var off = InView(w, curve.Value(w)) ? "" : " (off the chart)";
        return $"{heading} · step {shown}<br>w = {ChartNumber.Show(w)}{off}<br>Q(w) = {ChartNumber.Show(curve.Value(w))}<br>slope = {ChartNumber.Show(curve.Slope(w))}<br>status: {Status(k)}";
    }

    /// <summary>The traces frame k sets (trail, ball, ball off the chart, readout), each with x, y and text only.</summary>
    public IEnumerable<JsonObject> FrameTraces(int k, double readoutX, double readoutY)
    {
        var at = Math.Min(k, run.Steps);
        var from = Math.Max(0, at - TrailSteps);
        // Steps off the chart leave a gap in the trail: pinned to the edge they drew a false line along it.
        var trail = Enumerable.Range(from, at - from + 1)
            .Select(i => InView(W(i), curve.Value(W(i))) ? Clip(W(i)) : (X: double.NaN, Y: double.NaN)).ToList();
        var ball = Clip(W(at));
        var inside = InView(W(at), curve.Value(W(at)));
        yield return Traces.Points(trail.Select(p => p.X), trail.Select(p => p.Y));
        yield return inside ? Traces.Points([ball.X], [ball.Y]) : Traces.Points([], []);
        yield return inside ? Traces.Points([], []) : Traces.Points([ball.X], [ball.Y]);
        yield return Traces.Points([readoutX], [readoutY], Readout(k));
    }

    /// <summary>The four traces the frames update, as first drawn (at step k).</summary>
    public IEnumerable<JsonObject> InitialTraces(int k, double readoutX, double readoutY, string xAxis, string yAxis)
    {
        var parts = FrameTraces(k, readoutX, readoutY).ToList();
        var trail = Traces.Scatter($"{heading}: last steps", [], [], "lines+markers", color, 2.5);
        var ball = Traces.Ball("ball");
        var off = Traces.Scatter("ball off the chart", [], [], "markers", ChartColors.Diverged);
        off["marker"]!["symbol"] = "x";
        off["marker"]!["size"] = 16;
        off["cliponaxis"] = false; // pinned to a corner, it would otherwise be cut in half
        var readout = Traces.Readout($"{heading}: readout");
        var traces = new[] { trail, ball, off, readout };
        for (var i = 0; i < traces.Length; i++)
        {
            Traces.Opened(traces[i], parts[i]);
            traces[i]["xaxis"] = xAxis;
            traces[i]["yaxis"] = yAxis;
        }
        return traces;
    }

    /// <summary>A y view with room above the curve for the readout.</summary>
    public static (double Min, double Max) YViewWithReadout(Landscape curve, (double Min, double Max) xView, int samples = 200)
    {
        var ys = Sampling.Linspace(xView.Min, xView.Max, samples).Select(curve.Value);
        var (min, max) = Sampling.FiniteExtent(ys) ?? (0, 1);
        var height = Math.Max(max - min, 1e-9);
        return (min - 0.06 * height, max + 0.55 * height);
    }

    private bool InView(double x, double y) => Sampling.Inside(x, y, xView, yView);

    /// <summary>The point drawn for w: on the curve when in view, else pinned to the view's edge.</summary>
    private (double X, double Y) Clip(double w)
    {
        var x = Math.Clamp(w, xView.Min, xView.Max);
        var y = curve.Value(w);
        return (x, double.IsFinite(y) ? Math.Clamp(y, yView.Min, yView.Max) : yView.Max);
    }

    /// <summary>w*, the bottom the run heads for: the known minimum nearest its end, else where it ended.</summary>
    private static double Target(Landscape curve, Trajectory run)
    {
        var end = run.Final[0];
        var minima = curve.KnownMinima;
        return minima.Count == 0 ? end : minima.Select(m => m[0]).OrderBy(m => Math.Abs(m - end)).First();
    }
}
