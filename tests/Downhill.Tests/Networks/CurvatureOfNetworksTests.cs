namespace Downhill.Tests.Networks;

/// <summary>The Hessian tools and parameter-space windows, checked where the answer is known exactly.</summary>
public sealed class CurvatureOfNetworksTests
{
    [Fact]
    public void The_Hessian_of_a_quadratic_is_its_matrix_and_power_iteration_finds_its_largest_eigenvalue()
    {
        double[,] a = { { 4, 1, 0 }, { 1, 3, 0.5 }, { 0, 0.5, -2 } };
        double[] Gradient(double[] w) => Enumerable.Range(0, 3).Select(i => Enumerable.Range(0, 3).Sum(j => a[i, j] * w[j])).ToArray();
        var h = Hessian.Of(Gradient, [0.3, -1, 2]);
        for (var i = 0; i < 3; i++)
            for (var j = 0; j < 3; j++) Assert.Equal(a[i, j], h[i, j], 8);
        Assert.Equal(Curvature.Largest(a), Hessian.LargestEigenvalue(Gradient, [1, 1, 1], iterations: 500), 5);
        Assert.Equal([4.0 + 1 * 2, 1 + 3 * 2 + 0.5 * 3, 0.5 * 2 - 2 * 3], Hessian.VectorProduct(Gradient, [0, 0, 0], [1, 2, 3]).Select(v => Math.Round(v, 8)));
    }

    [Fact]
    public void On_a_small_network_power_iteration_agrees_with_the_full_Hessians_largest_eigenvalue()
    {
        var data = Synthetic.TwoMoons(seed: 4, count: 60);
        var network = new Mlp([2, 4, 1], Activation.Tanh, Initialization.Xavier, seed: 2);
        Trainer.Fit(network, data, new Adam(0.05), epochs: 100, batchSize: 20, seed: 1);
        var point = (double[])network.Parameters.Clone();
        double[] Gradient(double[] w) { network.SetParameters(w); return network.Gradient(data); }
        var eigenvalues = Curvature.Eigenvalues(Hessian.Of(Gradient, point));
        var largest = Hessian.LargestEigenvalue(Gradient, point, iterations: 300, seed: 3);
        Assert.Equal(eigenvalues[^1], largest, 3);
    }

    [Fact]
    public void A_point_on_the_plane_projects_back_to_its_coordinates_and_the_line_passes_both_ends()
    {
        var random = new Random(5);
        double[] Draw() => Enumerable.Range(0, 30).Select(_ => random.NextDouble() - 0.5).ToArray();
        var (center, d1, d2) = (Draw(), Draw(), Draw());
        var point = center.Select((c, k) => c + 0.7 * d1[k] - 1.3 * d2[k]).ToArray();
        var ab = ParameterSpace.Project(point, center, d1, d2);
        Assert.Equal(0.7, ab[0], 10);
        Assert.Equal(-1.3, ab[1], 10);
        Assert.Equal(1, ParameterSpace.ShareInPlane(point, center, d1, d2), 10);
        var (t, loss) = ParameterSpace.AlongLine(w => w.Sum(), center, point, count: 5);
        Assert.Equal([0, 0.25, 0.5, 0.75, 1], t);
        Assert.Equal(center.Sum(), loss[0], 12);
        Assert.Equal(point.Sum(), loss[^1], 12);
        Assert.Contains("parallel", Assert.Throws<ArgumentException>(() => ParameterSpace.Project(point, center, d1, d1)).Message);
    }

    [Fact]
    public void A_filter_normalised_direction_gives_each_unit_the_length_of_its_own_weights_and_leaves_biases_alone()
    {
        var network = new Mlp([3, 4, 2, 1], Activation.Relu, Initialization.He, seed: 8);
        var d = network.FilterNormalizedDirection(seed: 1);
        for (var unit = 0; unit < 4; unit++)
        {
            var own = Math.Sqrt(Enumerable.Range(0, 3).Sum(i => Math.Pow(network.Weight(1, unit, i), 2)));
            var drawn = Math.Sqrt(Enumerable.Range(0, 3).Sum(i => Math.Pow(d[network.WeightIndex(1, unit, i)], 2)));
            Assert.Equal(own, drawn, 12);
            Assert.Equal(0, d[network.BiasIndex(1, unit)]);
        }
        Assert.Equal(d, network.FilterNormalizedDirection(seed: 1));
    }

    [Fact]
    public void The_animated_boundary_has_a_frame_per_snapshot_and_a_slider_by_epoch()
    {
        var data = Synthetic.TwoMoons(seed: 1, count: 40);
        var network = new Mlp([2, 4, 1], seed: 1);
        var snapshots = new List<Func<double[], double>>();
        foreach (var _ in Enumerable.Range(0, 3))
        {
            Trainer.TrainOneEpoch(network, data, new Adam(0.05), batchSize: 8, seed: 1);
            snapshots.Add(network.Copy().Probability);
        }
        var plot = Plots.DecisionBoundaryOverEpochs(data.FeatureRows(), data.Targets.Select(t => (int)t).ToArray(), [1, 2, 3], snapshots);
        Assert.Equal(3, plot.FrameCount);
        Assert.Contains("\"label\":\"3\"", plot.ToJson());
        Assert.True(plot.ToJson().Length < 600_000);
    }
}
