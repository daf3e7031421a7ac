using System.Text.Json.Nodes;
namespace Downhill;

public static partial class Plots
{
    /// <summary>
    /// The momentum phase diagram (the picture of Distill's "Why Momentum Really Works", computed): a heatmap over
    /// the learning rate α and the momentum β of how many steps <see cref="Momentum"/>(α, β) takes on a quadratic
    /// bowl (by default the ill-conditioned 0.1x² + 2y²) to converge through <see cref="Descent.Run"/>, with the
    /// runs that diverge shaded grey and those not done within 500 steps left blank. The best cell
    /// is marked ★, and theory's optimum ◇: for a quadratic with curvatures μ ≤ L and κ = L/μ,
    /// α* = (2/(√L + √μ))² and β* = ((√κ − 1)/(√κ + 1))², which makes every direction shrink by (√κ − 1)/(√κ + 1) a
    /// step. On the ill-conditioned bowl (L = 4, μ = 0.2) that is α* ≈ 0.668, β* ≈ 0.403; from the default start
    /// (−8, 1) the fewest steps on the 40 × 40 grid fall in the cell next to it: counting steps to a tolerance from one
    /// start is not quite the asymptotic rate theory optimizes. Hover a cell for α, β and its steps. A still chart: no frames.
    /// </summary>
    /// <param name="bowl">A 2-D landscape with constant curvature; by default <c>Landscape.IllConditionedBowl()</c>.</param>
    /// <param name="start">The start of every run; by default (−8, 1).</param>
    /// <param name="title">The chart title; by default "Momentum phase diagram on …".</param>
    public static Plot MomentumPhaseDiagram(Landscape? bowl = null, double[]? start = null, string? title = null)
    {
        const string chart = nameof(MomentumPhaseDiagram);
        var surface = bowl ?? Landscape.IllConditionedBowl();
        Guard.Landscape(surface, 2, chart);
        if (!surface.HasConstantCurvature || surface.Hessian(new double[2]) is not { } hessian)
            throw new ArgumentException($"{chart} needs a quadratic bowl (constant curvature, so theory's optimum holds everywhere); {surface.Name} is not one.");
        const int maxSteps = 500, cells = 40;
        var from = start ?? [-8.0, 1.0];
        var eigenvalues = Curvature.Eigenvalues(hessian);
        var (mu, l) = (eigenvalues[0], eigenvalues[^1]);
        if (mu <= 0) throw new ArgumentException($"{chart} needs a bowl that curves upward in every direction; {surface.Name}'s smallest curvature is {Guard.Show(mu)}.");

        var theory = PhaseOptimum.Theory(l, mu);
        // α up to 2·(2/L): momentum near 1 stays stable up to α < 2(1 + β)/L.
        var alphas = Enumerable.Range(1, cells).Select(i => Math.Round(4.0 / l * i / cells, 10)).ToArray();
        var betas = Enumerable.Range(0, cells).Select(j => Math.Round(0.99 * j / cells, 10)).ToArray();
        var steps = new double[cells, cells];
        var diverged = new double[cells, cells];
        var text = new JsonArray();
        (int Row, int Column, int Steps) best = (-1, -1, int.MaxValue);
        for (var row = 0; row < cells; row++)
        {
            var line = new JsonArray();
            for (var column = 0; column < cells; column++)
            {
                var run = Descent.Run(surface, new Momentum(alphas[column], betas[row]), from, maxSteps);
                steps[row, column] = run.Outcome == RunOutcome.Converged ? run.Steps : double.NaN;
                diverged[row, column] = run.Outcome == RunOutcome.Diverged ? 1 : double.NaN;
                line.Add(run.Outcome switch
                {
                    RunOutcome.Converged => $"converges in {run.Steps} steps",
                    RunOutcome.Diverged => $"diverges at step {run.DivergenceStep}",
                    _ => $"not converged in {maxSteps} steps",
                });
                if (run.Outcome == RunOutcome.Converged && run.Steps < best.Steps) best = (row, column, run.Steps);
            }
            text.Add(line);
        }

        JsonObject Heatmap(string name, double[,] z) => new()
        {
            ["type"] = "heatmap", ["name"] = name,
            ["x"] = FiniteJson.Numbers(alphas), ["y"] = FiniteJson.Numbers(betas), ["z"] = FiniteJson.Matrix(z),
            ["text"] = text.DeepClone(),
            ["hovertemplate"] = "α = %{x:.3f}<br>β = %{y:.3f}<br>%{text}<extra></extra>",
        };
        var stepsMap = Heatmap("steps to converge", steps);
        stepsMap["colorscale"] = "Viridis";
        stepsMap["reversescale"] = true;
        stepsMap["zmin"] = 0;
        stepsMap["zmax"] = maxSteps;
        stepsMap["colorbar"] = new JsonObject { ["title"] = new JsonObject { ["text"] = "steps" }, ["thickness"] = 14 };
        var divergedMap = Heatmap("diverges", diverged);
        divergedMap["colorscale"] = new JsonArray { new JsonArray { 0, "#bbbbbb" }, new JsonArray { 1, "#bbbbbb" } };
        divergedMap["showscale"] = false;
        var data = new JsonArray { stepsMap, divergedMap };
        if (best.Row >= 0)
        {
            var star = Traces.Scatter($"fewest steps: α = {ChartNumber.Show(alphas[best.Column])}, β = {ChartNumber.Show(betas[best.Row])} ({best.Steps} steps)",
                [alphas[best.Column]], [betas[best.Row]], "markers", "#d62728");
            star["marker"]!["symbol"] = "star";
            star["marker"]!["size"] = 18;
            star["marker"]!["line"] = new JsonObject { ["color"] = "white", ["width"] = 1 };
            data.Add(star);
        }
        var theoryMark = Traces.Scatter($"theory: α* = {ChartNumber.Show(theory.Alpha)}, β* = {ChartNumber.Show(theory.Beta)}", [theory.Alpha], [theory.Beta], "markers", "white");
        theoryMark["marker"]!["symbol"] = "diamond-open";
        theoryMark["marker"]!["size"] = 16;
        theoryMark["marker"]!["line"] = new JsonObject { ["color"] = "white", ["width"] = 2.5 };
        data.Add(theoryMark);

        // The heatmaps have no legend entries of their own: say what grey and white cells mean (squares drawn nowhere).
        foreach (var (name, fill) in new[] { ("grey: diverges", "#bbbbbb"), ($"white: not converged within {maxSteps} steps", "white") })
        {
            var key = Traces.Scatter(name, [double.NaN], [double.NaN], "markers", fill);
            key["marker"]!["symbol"] = "square";
            key["marker"]!["size"] = 14;
            key["marker"]!["line"] = new JsonObject { ["color"] = "#888", ["width"] = 1 };
            key["hoverinfo"] = "skip";
            data.Add(key);
        }
        var layout = Style.Layout(
            Style.OrDefault(title, $"Momentum phase diagram on {surface.Name}: steps to converge from ({string.Join(", ", from.Select(ChartNumber.Show))})"),
            Style.Axis("learning rate α", range: (alphas[0] - 0.5 * (alphas[1] - alphas[0]), alphas[^1] + 0.5 * (alphas[1] - alphas[0]))),
            Style.Axis("momentum β", range: (betas[0] - 0.5 * (betas[1] - betas[0]), betas[^1] + 0.5 * (betas[1] - betas[0]))),
            width: 760, height: 620);
        layout["legend"] = new JsonObject { ["orientation"] = "h", ["x"] = 0, ["y"] = -0.14, ["yanchor"] = "top" };
        layout["margin"]!["b"] = 120;
        layout["title"]!["font"] = new JsonObject { ["size"] = 14 };
        return new Plot(data, layout);
    }
}
