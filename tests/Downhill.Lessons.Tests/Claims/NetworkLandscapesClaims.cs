using Downhill.Lessons.Tests.Harness;
namespace Downhill.Lessons.Tests.Claims;

public sealed class NetworkLandscapesFixture() : LessonFixture("09-neural-network-landscapes");

/// <summary>
/// 09-neural-network-landscapes: ten answers from ten seeds, permutation symmetry, the barrier on the line between answers,
/// a 2-D slice, the saddle at zero across five seeds, sharpness against 2/α.
/// Reads: tenLosses, tenAccuracies, tenDistances, goodCount, permutedLossGap, permutedDistance, orderings, barrier,
/// permutedBarrier, lineLoss, sliceCentre, sliceCorners, startInPlane, zeroEigenvalues, negativeAtZero, escapeEpochs,
/// gdSlowestSeeds, gdStillOnSaddleSeeds, othersAtMinimumSeeds, sharpnessRates, sharpnessCurves, sharpnessNotes.
/// </summary>
public sealed class NetworkLandscapesClaims(NetworkLandscapesFixture lesson) : IClassFixture<NetworkLandscapesFixture>
{
    [Fact]
    public void Ten_seeds_give_ten_different_answers_with_nearly_the_same_loss()
    {
        var losses = lesson.Get<double[]>("tenLosses");
        Assert.Equal(10, lesson.Get<int>("goodCount"));                                     // "all ten count as good"
        Assert.True(losses.Max() < 0.05, string.Join(", ", losses));                        // "differ only in the second decimal"
        Assert.All(lesson.Get<double[]>("tenAccuracies"), a => Assert.True(a >= 0.99));     // "at least 99 %"
        Assert.All(lesson.Get<double[]>("tenDistances").Skip(1), d => Assert.True(d > 1));  // "well over a weight-size apart"
    }

    [Fact]
    public void Reordering_the_hidden_units_moves_the_weights_and_not_the_loss()
    {
        Assert.Equal(0.0, lesson.Get<double>("permutedLossGap"));
        Assert.True(lesson.Get<double>("permutedDistance") > 1);
        Assert.Equal(40320.0, lesson.Get<double>("orderings"));
    }

    [Fact]
    public void The_line_between_two_answers_and_between_two_orderings_crosses_a_barrier()
    {
        var line = lesson.Get<double[]>("lineLoss");
        Assert.True(lesson.Get<double>("barrier") > 0.1);
        Assert.True(lesson.Get<double>("permutedBarrier") > 0.1);   // "even two orderings of the same network are separated by a ridge"
        Assert.True(line[30] > 10 * Math.Max(line[10], line[50]));   // halfway, against the ends
    }

    [Fact]
    public void The_slice_is_a_basin_around_the_answer_and_holds_only_part_of_the_path()
    {
        var centre = lesson.Get<double>("sliceCentre");
        Assert.All(lesson.Get<double[]>("sliceCorners"), c => Assert.True(c > 10 * centre)); // "rising towards the corners"
        Assert.True(lesson.Get<double>("startInPlane") < 0.5);                              // "most of the journey … not in the plane"
    }

    [Fact]
    public void Zero_is_a_saddle_and_GD_is_the_slowest_to_leave_it_in_every_seed()
    {
        Assert.Equal(3, lesson.Get<int>("negativeAtZero"));
        Assert.True(lesson.Get<double[]>("zeroEigenvalues")[^1] > 0);
        Assert.Equal(5, lesson.Get<int>("gdSlowestSeeds"));
        Assert.True(lesson.Get<int>("gdStillOnSaddleSeeds") >= 3);                          // "in most seeds, another saddle"
        Assert.Equal(5, lesson.Get<int>("othersAtMinimumSeeds"));
        var escape = lesson.Get<int[,]>("escapeEpochs");
        for (var s = 0; s < 5; s++) Assert.True(escape[s, 3] < escape[s, 0]);                 // SGD leaves at once
    }

    [Fact]
    public void Sharpness_creeps_up_below_2_over_alpha_for_small_rates_and_is_pushed_below_it_for_large_ones()
    {
        var rates = lesson.Get<double[]>("sharpnessRates");
        var curves = lesson.Get<List<double[]>>("sharpnessCurves");
        Assert.Equal([0.5, 1.0, 2.0, 4.0], rates);
        Assert.All(lesson.Get<List<string>>("sharpnessNotes"), n => Assert.Equal("", n));    // no run diverged
        double[] Curve(double rate) => curves[Array.IndexOf(rates, rate)];
        foreach (var rate in new[] { 0.5, 1.0 })
        {
            Assert.True(Curve(rate)[^1] > Curve(rate)[0]);                                    // progressive sharpening
            Assert.True(Curve(rate).Max() < 2 / rate);                                        // never reaching 2/α
        }
        Assert.True(Curve(2.0).Max() > 1 && Curve(2.0)[^1] < 1);                            // past 2/α = 1, and back below it
        Assert.True(Curve(4.0)[0] > 0.5 && Curve(4.0)[^1] < 0.5);                           // sharper than 2/α at the start, below it at the end
    }

    [Fact]
    public void Exercises_start_wrong_and_give_a_hint() => ExerciseChecks.StartWrongWithAHint(lesson.Run);

    [Fact]
    public Task Writing_filter_normalisation_is_graded_by_behaviour() => ExerciseChecks.WriteItIsGradedByBehaviour(
        "09-neural-network-landscapes", "09.2", "FilterNormalize",
        right: """
            double[] FilterNormalize(double[] direction, double[] weights, int blockSize)
            {
                var result = (double[])direction.Clone();
                for (var start = 0; start < direction.Length; start += blockSize)
                {
                    double own = 0, drawn = 0;
                    for (var i = start; i < start + blockSize; i++) { own += weights[i] * weights[i]; drawn += direction[i] * direction[i]; }
                    var scale = drawn == 0 ? 0 : Math.Sqrt(own / drawn);
                    for (var i = start; i < start + blockSize; i++) result[i] = direction[i] * scale;
                }
                return result;
            }
            """,
        // The whole vector scaled at once, not unit by unit.
        wrong: """
            double[] FilterNormalize(double[] direction, double[] weights, int blockSize)
            {
                var scale = Math.Sqrt(weights.Sum(w => w * w) / direction.Sum(d => d * d));
                return direction.Select(d => d * scale).ToArray();
            }
            """,
        secret: "Math.Sqrt");
}
