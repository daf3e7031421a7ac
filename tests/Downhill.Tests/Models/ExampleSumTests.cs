namespace Downhill.Tests.Models;

/// <summary>
/// A batch's loss and gradient are the mean of its examples' losses and gradients, added in the batch's order;
/// an overflowed prediction is an infinite loss; a pass over a batch allocates nothing.
/// </summary>
public sealed class ExampleSumTests
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
    [InlineData(5)]
    [InlineData(16)]
    [InlineData(37)]
    public void A_batch_gradient_is_the_same_bits_as_the_mean_of_its_example_gradients_added_in_order(int features)
    {
        var data = RandomData(1000, features, seed: features);
        var model = new LinearRegression(features);
        model.SetParameters([.. Enumerable.Range(0, features + 1).Select(j => 0.1 * j - 1)]);
        var order = SeededShuffle.Permutation(data.Count, new Random(3));

        foreach (var rows in new[] { Enumerable.Range(0, data.Count).ToArray(), order })
        {
            var gradient = new double[features + 1];
            var loss = model.LossAndGradient(data, rows, gradient);

            // One example is a pass of one row, whose mean is its own loss and gradient; add those up in order.
            var expectedGradient = new double[features + 1];
            var expectedLoss = 0.0;
            var one = new double[features + 1];
            for (var k = 0; k < data.Count; k++)
            {
                expectedLoss += model.LossAndGradient(data, rows.AsSpan(k, 1), one);
                for (var j = 0; j < one.Length; j++) expectedGradient[j] += one[j];
            }
            for (var j = 0; j < expectedGradient.Length; j++) expectedGradient[j] /= data.Count;

            Assert.Equal(BitConverter.DoubleToInt64Bits(expectedLoss / data.Count), BitConverter.DoubleToInt64Bits(loss));
            Assert.Equal(Bits(expectedGradient), Bits(gradient));
        }
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

    public static TheoryData<string> Models => new() { "linear", "logistic", "softmax" };

    [Theory]
    [MemberData(nameof(Models))]
    public void A_batch_loss_and_gradient_allocate_nothing(string kind)
    {
        var data = TestData.TwoBlobs(seed: 1, countPerClass: 50);
        Model model = kind switch
        {
            "linear" => LinearRegression.For(data),
            "logistic" => LogisticRegression.For(data),
            _ => new SoftmaxRegression(data.FeatureCount, 2),
        };
        var rows = SeededShuffle.Permutation(data.Count, new Random(1));
        var gradient = new double[model.Parameters.Length];
        model.LossAndGradient(data, rows.AsSpan(0, 32), gradient);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var first = 0; first + 32 <= rows.Length; first += 32) model.LossAndGradient(data, rows.AsSpan(first, 32), gradient);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }
}
