namespace Downhill.Tests.Charts;

/// <summary>Small hand-made landscapes and runs, so chart tests do not depend on the math core's choices.</summary>
internal static class ChartFixtures
{
    public sealed class TestParabola : Landscape
    {
        public override string Name => "Parabola";
        public override int Dimensions => 1;
        public override string Formula => "x²";
        public override double Value(double[] point) { CheckPoint(point); return point[0] * point[0]; }
        public override double[] Gradient(double[] point) { CheckPoint(point); return [2 * point[0]]; }
        public override IReadOnlyList<(double Min, double Max)> PlotRange => [(-3, 3)];
        public override IReadOnlyList<double[]> KnownMinima => [[0.0]];
    }

    /// <summary>Two valleys: a shallow one near x ≈ 1.1 and a deeper one near x ≈ −1.3.</summary>
    public sealed class TestTwoValleys : Landscape
    {
        public override string Name => "Two valleys";
        public override int Dimensions => 1;
        public override string Formula => "x⁴ − 3x² + x";
        public override double Value(double[] p) { CheckPoint(p); var x = p[0]; return x * x * x * x - 3 * x * x + x; }
        public override double[] Gradient(double[] p) { CheckPoint(p); var x = p[0]; return [4 * x * x * x - 6 * x + 1]; }
        public override IReadOnlyList<(double Min, double Max)> PlotRange => [(-2.2, 2.2)];
    }

    /// <summary>The ill-conditioned bowl 0.1x² + 2y².</summary>
    public sealed class TestBowl : Landscape
    {
        public override string Name => "Ill-conditioned bowl";
        public override int Dimensions => 2;
        public override string Formula => "0.1x² + 2y²";
        public override double Value(double[] p) { CheckPoint(p); return 0.1 * p[0] * p[0] + 2 * p[1] * p[1]; }
        public override double[] Gradient(double[] p) { CheckPoint(p); return [0.2 * p[0], 4 * p[1]]; }
        public override IReadOnlyList<(double Min, double Max)> PlotRange => [(-10, 10), (-3, 3)];
        public override IReadOnlyList<double[]> KnownMinima => [[0.0, 0.0]];
    }

    /// <summary>Rosenbrock, whose values span four orders of magnitude over its plot range.</summary>
    public sealed class TestRosenbrock : Landscape
    {
        public override string Name => "Rosenbrock";
        public override int Dimensions => 2;
        public override string Formula => "(1 − x)² + 100(y − x²)²";
        public override double Value(double[] p) { CheckPoint(p); var (x, y) = (p[0], p[1]); return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x); }
        public override double[] Gradient(double[] p) { CheckPoint(p); var (x, y) = (p[0], p[1]); return [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)]; }
        public override IReadOnlyList<(double Min, double Max)> PlotRange => [(-2, 2), (-1, 3)];
    }

    /// <summary>Plain gradient descent by hand: stops, as the trajectory contract says, at the last finite point.</summary>
    public static Trajectory Descend(Landscape landscape, double[] start, double alpha, int steps, string? label = null, double bound = 1e12)
    {
        var positions = new List<double[]> { (double[])start.Clone() };
        var losses = new List<double> { landscape.Value(start) };
        var norms = new List<double> { Norm(landscape.Gradient(start)) };
        var rates = new List<double>();
        var w = (double[])start.Clone();
        for (var k = 1; k <= steps; k++)
        {
            var g = landscape.Gradient(w);
            var next = w.Select((wi, i) => wi - alpha * g[i]).ToArray();
            var loss = landscape.Value(next);
            if (!double.IsFinite(loss) || Math.Abs(loss) > bound)
            {
                var name = label ?? $"GD α={alpha}";
                return new Trajectory(name, positions, losses, norms, rates, RunOutcome.Diverged,
                    $"diverged at step {k}: the loss grew past {bound:G}", k);
            }
            w = next;
            positions.Add((double[])w.Clone());
            losses.Add(loss);
            norms.Add(Norm(landscape.Gradient(w)));
            rates.Add(alpha);
        }
        return new Trajectory(label ?? $"GD α={alpha}", positions, losses, norms, rates, RunOutcome.StepLimitReached, $"step limit of {steps} reached");
    }

    private static double Norm(double[] v) => Math.Sqrt(v.Sum(x => x * x));
}
