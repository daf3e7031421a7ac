namespace Downhill.Tests.Networks;

/// <summary>
/// The network's two gradient paths — arrays layer by layer, and the autodiff engine — against each other and against
/// central differences, on seeded random networks (sizes, activation, weights and data all drawn at random).
/// </summary>
public sealed class MlpGradientTests
{
    private static (Mlp Network, Dataset Data) RandomCase(int seed)
    {
        var random = new Random(seed);
        var inputs = random.Next(1, 4);
        var hidden = Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(1, 6));
        int[] sizes = [inputs, .. hidden, 1];
        var network = new Mlp(sizes, random.Next(2) == 0 ? Activation.Tanh : Activation.Relu,
            random.Next(2) == 0 ? Initialization.Xavier : Initialization.He, seed);
        // Biases too, so that no unit sits exactly on relu's kink.
        for (var k = 0; k < network.Parameters.Length; k++) network.Parameters[k] += 0.3 * (random.NextDouble() - 0.5);
        var count = random.Next(1, 12);
        var rows = Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, inputs).Select(_ => 4 * random.NextDouble() - 2).ToArray()).ToArray();
        var targets = Enumerable.Range(0, count).Select(_ => (double)random.Next(2)).ToArray();
        return (network, new Dataset(rows, targets, classNames: ["no", "yes"]));
    }

    private static double Worst(double[] a, double[] b) =>
        a.Zip(b).Max(p => Math.Abs(p.First - p.Second) / Math.Max(1, Math.Max(Math.Abs(p.First), Math.Abs(p.Second))));

    [Fact]
    public void On_150_random_networks_the_array_gradient_equals_the_engine_gradient_to_1e_12()
    {
        for (var seed = 0; seed < 150; seed++)
        {
            var (network, data) = RandomCase(seed);
            var arrays = network.Gradient(data);
            var (engineLoss, engine) = network.EngineLossAndGradient(data);
            Assert.True(Worst(arrays, engine) <= 1e-12, $"case {seed}, {network.Name}: worst difference {Worst(arrays, engine):R}");
            Assert.Equal(network.Loss(data), engineLoss, 12);
        }
    }

    [Fact]
    public void On_150_random_networks_both_gradients_agree_with_central_differences()
    {
        for (var seed = 1000; seed < 1150; seed++)
        {
            var (network, data) = RandomCase(seed);
            var start = (double[])network.Parameters.Clone();
            double Loss(double[] w) { network.SetParameters(w); return network.Loss(data); }
            var numeric = GradientCheck.Numerical(Loss, start);
            network.SetParameters(start);
            var arrays = network.Gradient(data);
            var engine = network.EngineLossAndGradient(data).Gradient;
            // A relu unit whose sum lies within h of its kink makes the central difference straddle it (rare, but seeded
            // cases can hit it): that case is allowed the kink's error, and only for relu.
            var tolerance = network.Activation == Activation.Relu ? 1e-4 : 1e-7;
            Assert.True(Worst(arrays, numeric) <= tolerance, $"case {seed}, {network.Name}: arrays vs central differences {Worst(arrays, numeric):R}");
            Assert.True(Worst(engine, numeric) <= tolerance, $"case {seed}, {network.Name}: engine vs central differences {Worst(engine, numeric):R}");
        }
    }

    [Fact]
    public void Training_with_the_engine_and_with_arrays_takes_the_same_steps()
    {
        var data = Synthetic.TwoMoons(seed: 3, count: 40, noise: 0.1);
        var byArrays = new Mlp([2, 5, 1], Activation.Tanh, Initialization.Xavier, seed: 4);
        var byEngine = byArrays.Copy();
        byEngine.Gradients = GradientPath.Engine;
        var a = Trainer.Fit(byArrays, data, new Adam(0.05), epochs: 5, batchSize: 8, seed: 2, tolerance: 0);
        var e = Trainer.Fit(byEngine, data, new Adam(0.05), epochs: 5, batchSize: 8, seed: 2, tolerance: 0);
        Assert.True(Worst(byArrays.Parameters, byEngine.Parameters) < 1e-12);
        Assert.Equal(a.TrainLosses.Length, e.TrainLosses.Length);
    }

    [Fact]
    public void The_network_trains_with_the_kits_Trainer_and_beats_the_best_line_on_two_moons()
    {
        var data = Synthetic.TwoMoons(seed: 1, count: 200, noise: 0.1);
        var network = new Mlp([2, 8, 8, 1], Activation.Tanh, Initialization.Xavier, seed: 1);
        var history = Trainer.Fit(network, data, new Adam(0.03), epochs: 150, batchSize: 32, seed: 1);
        var line = LogisticRegression.For(data);
        Trainer.Fit(line, data, new Adam(0.05), epochs: 300, batchSize: 32, seed: 1);
        Assert.NotEqual(RunOutcome.Diverged, history.Outcome);
        Assert.True(history.FinalTrainLoss < history.TrainLosses[0] / 5, history.Message);
        Assert.True(network.Accuracy(data) > 0.97, $"network {network.Accuracy(data)}");
        Assert.True(line.Accuracy(data) < 0.9, $"line {line.Accuracy(data)}");
    }

    [Fact]
    public void A_huge_learning_rate_is_reported_as_divergence_not_an_exception()
    {
        var data = Synthetic.TwoMoons(seed: 1, count: 50);
        var network = new Mlp([2, 4, 1], Activation.Relu, Initialization.He, seed: 2) { Gradients = GradientPath.Engine };
        var history = Trainer.Fit(network, data, new GradientDescent(1e12), epochs: 20);
        Assert.Equal(RunOutcome.Diverged, history.Outcome);
        Assert.All(network.Parameters, w => Assert.True(double.IsFinite(w)));
    }

    [Fact]
    public void From_all_zeros_the_hidden_units_stay_identical_and_a_seeded_random_start_breaks_the_tie()
    {
        var data = Synthetic.TwoMoons(seed: 1, count: 100);
        var zero = new Mlp([2, 6, 1], Activation.Tanh, Initialization.Zeros);
        Trainer.Fit(zero, data, new Adam(0.02), epochs: 30, batchSize: 10, seed: 1);
        for (var unit = 1; unit < 6; unit++)
        {
            Assert.Equal(zero.Weight(1, 0, 0), zero.Weight(1, unit, 0));
            Assert.Equal(zero.Weight(2, 0, 0), zero.Weight(2, 0, unit));
        }
        var random = new Mlp([2, 6, 1], Activation.Tanh, Initialization.Xavier, seed: 1);
        Trainer.Fit(random, data, new Adam(0.02), epochs: 30, batchSize: 10, seed: 1);
        Assert.Equal(6, Enumerable.Range(0, 6).Select(u => random.Weight(1, u, 0)).Distinct().Count());
    }

    [Fact]
    public void Permuting_hidden_units_changes_the_parameters_and_not_a_single_prediction()
    {
        var data = Synthetic.TwoMoons(seed: 2, count: 60);
        var network = new Mlp([2, 5, 4, 1], Activation.Tanh, Initialization.Xavier, seed: 3);
        var permuted = network.WithUnitsPermuted(1, [4, 2, 0, 1, 3]);
        Assert.NotEqual(network.Parameters, permuted.Parameters);
        Assert.Equal(network.Loss(data), permuted.Loss(data), 14);
        Assert.Contains("each of layer 1's units", Assert.Throws<ArgumentException>(() => network.WithUnitsPermuted(1, [0, 0, 1, 2, 3])).Message);
    }

    [Fact]
    public void The_initialisation_is_named_and_seeded_and_its_spread_is_the_schemes()
    {
        var xavier = new Mlp([200, 300, 1], Activation.Tanh, Initialization.Xavier, seed: 7);
        var weights = Enumerable.Range(0, 300).SelectMany(u => Enumerable.Range(0, 200).Select(i => xavier.Weight(1, u, i))).ToArray();
        var sd = Math.Sqrt(weights.Average(w => w * w));
        Assert.InRange(sd / Math.Sqrt(2.0 / 500), 0.98, 1.02);
        Assert.Contains("Xavier", xavier.InitializationDescription);
        var he = new Mlp([200, 300, 1], Activation.Relu, Initialization.He, seed: 7);
        var heWeights = Enumerable.Range(0, 300).SelectMany(u => Enumerable.Range(0, 200).Select(i => he.Weight(1, u, i))).ToArray();
        Assert.InRange(Math.Sqrt(heWeights.Average(w => w * w)) / Math.Sqrt(2.0 / 200), 0.98, 1.02);
        Assert.Equal(new Mlp([2, 3, 1], seed: 5).Parameters, new Mlp([2, 3, 1], seed: 5).Parameters);
        Assert.NotEqual(new Mlp([2, 3, 1], seed: 5).Parameters, new Mlp([2, 3, 1], seed: 6).Parameters);
        Assert.All(Enumerable.Range(0, 3), u => Assert.Equal(0, new Mlp([2, 3, 1], seed: 5).BiasOf(1, u)));
    }

    [Theory]
    [InlineData(new[] { 2 }, "at least an input and an output layer")]
    [InlineData(new[] { 2, 0, 1 }, "at least one unit")]
    [InlineData(new[] { 2, 4, 3 }, "last layer size must be 1")]
    public void Bad_layer_sizes_get_one_sentence(int[] sizes, string expected) =>
        Assert.Contains(expected, Assert.Throws<ArgumentException>(() => new Mlp(sizes)).Message);
}
