namespace Downhill.Tests.Landscapes;

public sealed class NoisyGradientTests
{
    [Fact]
    public void Value_is_the_true_loss_and_the_gradient_is_the_true_one_plus_noise_of_the_stated_size()
    {
        var curve = Landscape.Parabola(2);
        var noisy = Landscape.WithGradientNoise(curve, noise: 0.5, seed: 3);
        Assert.Equal(curve.Value(1.5), noisy.Value(1.5));

        var deviations = Enumerable.Range(0, 20000).Select(_ => noisy.Slope(1.5) - curve.Slope(1.5)).ToArray();
        var mean = deviations.Average();
        var sd = Math.Sqrt(deviations.Select(d => (d - mean) * (d - mean)).Average());
        Assert.InRange(mean, -0.02, 0.02);
        Assert.InRange(sd, 0.49, 0.51);
    }

    [Fact]
    public void The_same_seed_gives_the_same_run_and_another_seed_another()
    {
        Trajectory Run(int seed) => Descent.Run(Landscape.WithGradientNoise(Landscape.Parabola(2), 1, seed), new GradientDescent(0.1), [3.0], 50);
        Assert.Equal(Run(7).Final[0], Run(7).Final[0]);
        Assert.NotEqual(Run(7).Final[0], Run(8).Final[0]);
    }

    [Fact]
    public void Zero_noise_is_the_landscape_itself_and_negative_noise_is_refused_with_a_sentence()
    {
        var noisy = Landscape.WithGradientNoise(Landscape.Himmelblau(), 0, 1);
        Assert.Equal(Landscape.Himmelblau().Gradient([1.0, 2.0]), noisy.Gradient([1.0, 2.0]));
        var error = Assert.Throws<ArgumentException>(() => Landscape.WithGradientNoise(Landscape.Parabola(), -1, 1));
        Assert.Contains("noise", error.Message);
    }
}
