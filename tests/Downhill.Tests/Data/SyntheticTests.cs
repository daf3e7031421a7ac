namespace Downhill.Tests.Data;

public sealed class SyntheticTests
{
    public static TheoryData<string> Generators => ["line", "blobs", "moons"];

    private static Dataset Make(string kind, int seed) => kind switch
    {
        "line" => TestData.NoisyLine(seed),
        "blobs" => TestData.TwoBlobs(seed),
        _ => Synthetic.TwoMoons(seed),
    };

    private static IEnumerable<double> AllNumbers(Dataset data) =>
        Enumerable.Range(0, data.Count).SelectMany(data.Features).Concat(data.Targets);

    [Theory]
    [MemberData(nameof(Generators))]
    public void The_same_seed_gives_bit_identical_data(string kind)
    {
        var first = AllNumbers(Make(kind, 3)).Select(BitConverter.DoubleToInt64Bits);
        var again = AllNumbers(Make(kind, 3)).Select(BitConverter.DoubleToInt64Bits);

        Assert.Equal(first, again);
    }

    [Theory]
    [MemberData(nameof(Generators))]
    public void Another_seed_gives_different_data(string kind)
    {
        Assert.NotEqual(AllNumbers(Make(kind, 3)), AllNumbers(Make(kind, 4)));
    }

    [Fact]
    public void A_noisy_line_scatters_around_its_line()
    {
        var data = TestData.NoisyLine(seed: 1, count: 2000, slope: 2, intercept: 1, noise: 0.5);

        var residuals = Enumerable.Range(0, data.Count).Select(i => data.Targets[i] - (2 * data.Features(i)[0] + 1)).ToArray();
        Assert.InRange(residuals.Average(), -0.05, 0.05);
        Assert.InRange(Math.Sqrt(residuals.Select(r => r * r).Average()), 0.45, 0.55);
        Assert.All(data.Column("x"), x => Assert.InRange(x, 0, 10));
    }

    [Fact]
    public void Noise_zero_puts_every_point_on_the_line()
    {
        var data = TestData.NoisyLine(seed: 1, count: 10, slope: -3, intercept: 4, noise: 0);

        for (var i = 0; i < data.Count; i++) Assert.Equal(-3 * data.Features(i)[0] + 4, data.Targets[i], 12);
    }

    [Fact]
    public void Two_blobs_are_centred_either_side_of_the_origin()
    {
        var data = TestData.TwoBlobs(seed: 2, countPerClass: 500, distance: 6, spread: 1);

        var xs = data.Column("x1");
        Assert.InRange(xs.Where((_, i) => data.Targets[i] == 0).Average(), -3.2, -2.8);
        Assert.InRange(xs.Where((_, i) => data.Targets[i] == 1).Average(), 2.8, 3.2);
        Assert.Equal(["blob 0", "blob 1"], data.ClassNames);
    }

    [Fact]
    public void Noiseless_moons_lie_on_their_two_arcs()
    {
        var data = Synthetic.TwoMoons(seed: 1, count: 101, noise: 0);

        for (var i = 0; i < data.Count; i++)
        {
            var (x, y) = (data.Features(i)[0], data.Features(i)[1]);
            var (cx, cy) = data.Targets[i] == 0 ? (0.0, 0.0) : (1.0, 0.5);
            Assert.Equal(1, Math.Sqrt((x - cx) * (x - cx) + (y - cy) * (y - cy)), 12);
        }
        Assert.Equal(51, data.Targets.Count(t => t == 0));
    }

    [Fact]
    public void Bad_arguments_are_refused_in_one_sentence()
    {
        Assert.Equal("the noise must be a finite number of at least 0; got -1.",
            Assert.Throws<ArgumentException>(() => TestData.NoisyLine(seed: 1, noise: -1)).Message);
        Assert.Equal("the spread must be a positive, finite number; got 0.",
            Assert.Throws<ArgumentException>(() => TestData.TwoBlobs(seed: 1, spread: 0)).Message);
        Assert.Equal("Two moons need at least 4 points (two per arc); got 3.",
            Assert.Throws<ArgumentException>(() => Synthetic.TwoMoons(seed: 1, count: 3)).Message);
    }
}
