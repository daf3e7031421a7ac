namespace Downhill.Tests.Training;

public sealed class ReproducibilityTests
{
    private static readonly (Dataset Train, Dataset Validation) Moons = SplitMoons();

    private static (Dataset, Dataset) SplitMoons()
    {
        var (train, validation) = Split.TrainValidation(Synthetic.TwoMoons(seed: 2, count: 300, noise: 0.2), 0.2, seed: 2);
        return (train, validation);
    }

    private static TrainingHistory Train(int seed, int? batchSize = 16)
    {
        var model = LogisticRegression.For(Moons.Train);
        return Trainer.Fit(model, Moons.Train, new Adam(0.05), epochs: 20, batchSize: batchSize, seed: seed, validation: Moons.Validation);
    }

    private static long[] Bits(IEnumerable<double> values) => values.Select(BitConverter.DoubleToInt64Bits).ToArray();

    [Fact]
    public void The_same_seed_gives_bit_identical_histories()
    {
        var first = Train(seed: 9);
        var again = Train(seed: 9);

        Assert.Equal(Bits(first.TrainLosses), Bits(again.TrainLosses));
        Assert.Equal(Bits(first.ValidationLosses), Bits(again.ValidationLosses));
        Assert.Equal(Bits(first.Epochs.Select(e => e.GradientNorm)), Bits(again.Epochs.Select(e => e.GradientNorm)));
    }

    [Fact]
    public void Another_seed_shuffles_differently_and_so_trains_differently()
    {
        Assert.NotEqual(Bits(Train(seed: 9).TrainLosses.Skip(1)), Bits(Train(seed: 10).TrainLosses.Skip(1)));
    }

    [Fact]
    public void Full_batch_training_does_not_depend_on_the_seed()
    {
        Assert.Equal(Bits(Train(seed: 9, batchSize: null).TrainLosses), Bits(Train(seed: 10, batchSize: null).TrainLosses));
    }

    [Fact]
    public void The_same_seed_replays_the_same_shuffles_epoch_after_epoch()
    {
        // The trainer's epochs: one order, reshuffled in place each epoch from one seeded source.
        int[][] Epochs(int seed)
        {
            var random = new Random(seed);
            int[] order = [.. Enumerable.Range(0, 50)];
            return [.. Enumerable.Range(0, 3).Select(_ =>
            {
                SeededShuffle.ShuffleInPlace(order, random);
                return (int[])order.Clone();
            })];
        }
        var (first, again, other) = (Epochs(3), Epochs(3), Epochs(4));

        for (var epoch = 0; epoch < 3; epoch++)
        {
            Assert.Equal(first[epoch], again[epoch]);
            Assert.NotEqual(first[epoch], other[epoch]);
            Assert.Equal(Enumerable.Range(0, 50), first[epoch].Order());
        }
        Assert.NotEqual(first[0], first[1]); // each epoch gets a fresh order
    }

    [Fact]
    public void Training_twice_with_one_optimizer_gives_the_same_history_because_it_is_reset()
    {
        var optimizer = new Adam(0.05);
        var model = LogisticRegression.For(Moons.Train);

        var first = Trainer.Fit(model, Moons.Train, optimizer, epochs: 5, batchSize: 16, seed: 1);
        model.Reset();
        var second = Trainer.Fit(model, Moons.Train, optimizer, epochs: 5, batchSize: 16, seed: 1);

        Assert.Equal(Bits(first.TrainLosses), Bits(second.TrainLosses));
    }
}
