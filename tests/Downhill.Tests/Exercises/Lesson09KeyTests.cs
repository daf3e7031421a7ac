namespace Downhill.Tests.Exercises;

/// <summary>Lesson 09's checks: the write-it passes a right answer, fails a wrong one and fails the library shortcut.</summary>
public sealed class Lesson09KeyTests
{
    private static double[] ByBlocks(double[] direction, double[] weights, int blockSize)
    {
        var result = (double[])direction.Clone();
        for (var start = 0; start < direction.Length; start += blockSize)
        {
            var own = Math.Sqrt(weights.Skip(start).Take(blockSize).Sum(w => w * w));
            var drawn = Math.Sqrt(direction.Skip(start).Take(blockSize).Sum(d => d * d));
            for (var i = start; i < start + blockSize; i++) result[i] = drawn == 0 ? 0 : direction[i] * own / drawn;
        }
        return result;
    }

    [Fact]
    public void Filter_normalisation_passes_by_blocks_and_fails_the_whole_vector_and_the_library_shortcut()
    {
        Assert.True(Lesson09.CheckFilterNormalize(ByBlocks).IsCorrect);
        Assert.False(Lesson09.CheckFilterNormalize((d, w, b) =>
        {
            var scale = Math.Sqrt(w.Sum(x => x * x) / d.Sum(x => x * x));
            return d.Select(x => x * scale).ToArray();
        }).IsCorrect);
        Assert.False(Lesson09.CheckFilterNormalize((d, w, b) => d).IsCorrect);
        // The shortcut: the library's filter-normalised direction, for a network shaped like the blocks. It draws its own
        // random direction, so it cannot rescale the one it is given.
        Assert.False(Lesson09.CheckFilterNormalize((d, w, b) =>
        {
            var network = new Mlp([b, d.Length / b, 1], Activation.Tanh, Initialization.Zeros);
            for (var i = 0; i < w.Length; i++) network.Parameters[i] = w[i];
            return network.FilterNormalizedDirection(seed: 1)[..d.Length];
        }).IsCorrect);
    }

    [Fact]
    public void The_counting_checks_take_the_right_numbers_only()
    {
        Assert.True(Lesson09.CheckHiddenUnitOrderings(720).IsCorrect);
        Assert.False(Lesson09.CheckHiddenUnitOrderings(720 * 64).IsCorrect);
        var moons = Synthetic.TwoMoons(seed: 1, count: 200, noise: 0.15);
        Assert.True(Lesson09.CheckNegativeEigenvaluesAtZero(5, moons).IsCorrect);
        Assert.False(Lesson09.CheckNegativeEigenvaluesAtZero(3, moons).IsCorrect);
    }
}
