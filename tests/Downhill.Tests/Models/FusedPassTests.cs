namespace Downhill.Tests.Models;

/// <summary>
/// Linear regression's gradient is computed a block of rows at a time; these pin down that it is still the
/// same sums, in the same order, as one example at a time — so training histories do not change by a bit.
/// </summary>
public sealed class FusedPassTests
{
    private static long[] Bits(IEnumerable<double> values) => values.Select(BitConverter.DoubleToInt64Bits).ToArray();

    private static Dataset RandomData(int rows, int features, int seed)
    {
        var random = new Random(seed);
        var x = Enumerable.Range(0, rows).Select(_ => Enumerable.Range(0, features).Select(_ => 4 * random.NextDouble() - 2).ToArray()).ToArray();
        var y = Enumerable.Range(0, rows).Select(_ => 10 * random.NextDouble()).ToArray();
        return new Dataset(x, y);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(16)]
    [InlineData(37)]
    public void Scaled_rows_add_up_to_the_same_bits_as_one_row_at_a_time(int width)
    {
        var random = new Random(width);
        foreach (var rowCount in new[] { 1, 7, 64 })
        {
            var rows = Enumerable.Range(0, rowCount * width).Select(_ => random.NextDouble() - 0.5).ToArray();
            var scales = Enumerable.Range(0, rowCount).Select(_ => 3 * random.NextDouble()).ToArray();
            var start = Enumerable.Range(0, width).Select(_ => random.NextDouble()).ToArray();

            var oneAtATime = (double[])start.Clone();
            for (var r = 0; r < rowCount; r++) VectorMath.AddScaled(oneAtATime, rows.AsSpan(r * width, width), scales[r]);
            var together = (double[])start.Clone();
            VectorMath.AddScaledRows(together, rows, scales);

            Assert.Equal(Bits(oneAtATime), Bits(together));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(16)]
    [InlineData(37)]
    public void A_gradient_over_many_blocks_is_the_same_bits_as_summing_one_example_gradients(int features)
    {
        var data = RandomData(1000, features, seed: features);
        var model = new LinearRegression(features);
        model.SetParameters([.. Enumerable.Range(0, features + 1).Select(j => 0.1 * j - 1)]);
        var order = SeededShuffle.Permutation(data.Count, new Random(3));

        foreach (var rows in new[] { null, order })
        {
            var gradient = new double[features + 1];
            var loss = model.LossAndGradient(data, rows, 0, data.Count, gradient);

            // One example is a pass of one row, whose mean is its own loss and gradient; add those up in order.
            var expectedGradient = new double[features + 1];
            var expectedLoss = 0.0;
            var one = new double[features + 1];
            for (var k = 0; k < data.Count; k++)
            {
                expectedLoss += model.LossAndGradient(data, rows, k, 1, one);
                for (var j = 0; j < one.Length; j++) expectedGradient[j] += one[j];
            }
            for (var j = 0; j < expectedGradient.Length; j++) expectedGradient[j] /= data.Count;

            Assert.Equal(BitConverter.DoubleToInt64Bits(expectedLoss / data.Count), BitConverter.DoubleToInt64Bits(loss));
            Assert.Equal(Bits(expectedGradient), Bits(gradient));
        }
    }

    [Fact]
    public void The_default_loss_and_the_same_formulas_through_any_loss_give_the_same_bits()
    {
        var data = RandomData(300, 16, seed: 1);
        var fast = new LinearRegression(16);
        var plain = new LinearRegression(16, new SquaredErrorWrittenAgain());
        double[] parameters = [.. Enumerable.Range(0, 17).Select(j => 0.2 * j - 1.5)];
        fast.SetParameters(parameters);
        plain.SetParameters(parameters);

        Assert.Equal(Bits(plain.Gradient(data)), Bits(fast.Gradient(data)));
        Assert.Equal(BitConverter.DoubleToInt64Bits(plain.Loss(data)), BitConverter.DoubleToInt64Bits(fast.Loss(data)));
    }

    [Fact]
    public void An_example_whose_prediction_overflows_has_an_infinite_loss_and_adds_nothing_to_the_gradient()
    {
        var data = new Dataset([[1], [2], [1e308]], [3, 3, 0]);
        var model = new LinearRegression(1);
        model.SetParameters([10, 0]); // predictions 10, 20 and ∞

        Assert.Equal(double.PositiveInfinity, model.Loss(data));
        // Errors 7 and 17 from the first two; the third is left out but still counted in the mean.
        // ∂/∂w = (2·7·1 + 2·17·2) / 3 = 82/3; ∂/∂b = (2·7 + 2·17) / 3 = 16.
        Assert.Equal([82.0 / 3, 16.0], model.Gradient(data));
    }

    [Fact]
    public void A_target_the_loss_does_not_accept_is_still_refused()
    {
        var data = new Dataset([[1], [2]], [0, 2]);
        var model = new LinearRegression(1, Loss.BinaryCrossEntropyFromLogits());

        var error = Assert.Throws<ArgumentException>(() => model.Gradient(data));
        Assert.Contains("between 0 and 1", error.Message);
    }

    /// <summary>Mean squared error's formulas in a loss of another type, so the pass goes through the general loop.</summary>
    private sealed class SquaredErrorWrittenAgain : Loss
    {
        public override string Name => "squared error, written again";

        public override string Formula => "(p − y)²";

        protected override double PointValue(double prediction, double target)
        {
            var d = prediction - target;
            return d * d;
        }

        protected override double PointDerivative(double prediction, double target) => 2 * (prediction - target);
    }
}
