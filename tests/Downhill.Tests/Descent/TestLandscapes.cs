namespace Downhill.Tests.Runs;

/// <summary>Landscapes a student might write that misbehave on purpose, to exercise every way a run can end.</summary>
internal static class TestLandscapes
{
    /// <summary>x² for x ≥ 0 and undefined (NaN) left of 0, like a formula with √x in it.</summary>
    public sealed class HalfLine : Landscape
    {
        public override string Name => "Half line";
        public override int Dimensions => 1;
        public override string Formula => "x² (x ≥ 0)";
        public override double Value(double[] point) => point[0] >= 0 ? point[0] * point[0] : double.NaN;
        public override double[] Gradient(double[] point) => [2 * point[0]];
        public override IReadOnlyList<(double Min, double Max)> PlotRange => [(0, 2)];
    }

    /// <summary>A gentle value with an absurdly steep reported slope, so one step flings the position to −∞.</summary>
    public sealed class Catapult : Landscape
    {
        public override string Name => "Catapult";
        public override int Dimensions => 1;
        public override string Formula => "tanh(x)";
        public override double Value(double[] point) => Math.Tanh(point[0]);
        public override double[] Gradient(double[] point) => [1e308];
        public override IReadOnlyList<(double Min, double Max)> PlotRange => [(-1, 1)];
    }

    /// <summary>A slope of 1e200 in both directions: finite, but its square overflows.</summary>
    public sealed class Cliff : Landscape
    {
        public override string Name => "Cliff";
        public override int Dimensions => 2;
        public override string Formula => "1e200·(x + y)";
        public override double Value(double[] point) => 1e200 * (point[0] + point[1]) * 1e-300;
        public override double[] Gradient(double[] point) => [1e200, 1e200];
        public override IReadOnlyList<(double Min, double Max)> PlotRange => [(-1, 1), (-1, 1)];
    }

    /// <summary>A student's landscape whose gradient forgot the second coordinate.</summary>
    public sealed class ShortGradient : Landscape
    {
        public override string Name => "Short gradient";
        public override int Dimensions => 2;
        public override string Formula => "x² + y²";
        public override double Value(double[] point) => point[0] * point[0] + point[1] * point[1];
        public override double[] Gradient(double[] point) => [2 * point[0]];
        public override IReadOnlyList<(double Min, double Max)> PlotRange => [(-1, 1), (-1, 1)];
    }
}
