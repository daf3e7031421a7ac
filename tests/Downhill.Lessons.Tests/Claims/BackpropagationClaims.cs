using Downhill.Lessons.Tests.Harness;
using Downhill.Notebooks.Parameters;
namespace Downhill.Lessons.Tests.Claims;

public sealed class BackpropagationFixture() : LessonFixture("08-backpropagation");

/// <summary>
/// 08-backpropagation: the chain rule on one neuron, the cost of a gradient, symmetric starts, an MLP on two moons.
/// Reads: handGradients, handVsEngine, engineVsNumeric, neuronOut, largestGradient,
/// parameterCounts, finiteDifferenceMeasured, finiteDifferenceAgreement, costRatios, backpropPerLoss, billionRatio, billionFiniteDifferenceYears,
/// zeroMoved, zeroSpread, equalSpread, randomSpread, zeroAccuracy, equalAccuracy, randomAccuracy,
/// sgdRun, adamRun, moonGraphSize, arraysVsEngine, sgdTestAccuracy, adamTestAccuracy, lineTestAccuracy, adamGain, lastFrameIsTheRun, frameEpochs.
/// </summary>
public sealed class BackpropagationClaims(BackpropagationFixture lesson) : IClassFixture<BackpropagationFixture>
{
    [Fact]
    public void By_hand_the_engine_and_central_differences_give_the_same_three_gradients()
    {
        var hand = lesson.Get<double[]>("handGradients");
        Assert.Equal(0.0, lesson.Get<double>("handVsEngine"));          // the same arithmetic in the same order
        Assert.True(lesson.Get<double>("engineVsNumeric") < 1e-9);
        Assert.Equal(Math.Tanh(-0.7), lesson.Get<double>("neuronOut"), 15);
        var slope = 1 - Math.Pow(Math.Tanh(-0.7), 2);
        Assert.Equal([2 * slope, -0.5 * slope, slope], hand);
        Assert.Equal("w", lesson.Get<string>("largestGradient"));      // "a weight's gradient is as large as the input it multiplies"
    }

    [Fact]
    public void Finite_differences_cost_2P_losses_and_backpropagation_about_one_forward_and_one_backward()
    {
        Assert.Equal([9.0, 101, 1001, 10001], lesson.Get<List<double>>("parameterCounts"));
        Assert.Equal([true, true, false, false], lesson.Get<List<bool>>("finiteDifferenceMeasured")); // "run in full up to 101"
        Assert.True(lesson.Get<double>("finiteDifferenceAgreement") < 1e-8);
        var ratios = lesson.Get<double[]>("costRatios");
        // Timings vary with the machine and its load; only what no load can overturn is asserted.
        Assert.True(ratios[^1] > 1000, string.Join(", ", ratios));
        Assert.True(ratios[^1] > ratios[0]);
        // The fastest of five interleaved rounds is kept, so load inflates neither; still, only a wide range is asserted.
        Assert.InRange(lesson.Get<double>("backpropPerLoss"), 0.3, 20);   // "the few that one backward pass costs"
        Assert.True(lesson.Get<double>("billionRatio") > 1e8);
        Assert.True(lesson.Get<double>("billionFiniteDifferenceYears") > 10);
    }

    [Fact]
    public void Symmetric_starts_keep_the_hidden_units_identical_and_a_random_start_breaks_the_tie()
    {
        Assert.Equal(0, lesson.Get<int>("zeroMoved"));          // "not one parameter moves"
        Assert.Equal(0.0, lesson.Get<double>("zeroSpread"));
        Assert.Equal(0.5, lesson.Get<double>("zeroAccuracy"));  // "50 : 50 for every point"
        Assert.Equal(0.0, lesson.Get<double>("equalSpread"));   // "their spread stays exactly 0"
        Assert.True(lesson.Get<double>("equalAccuracy") < 0.9); // "one bend — not enough for two moons"
        Assert.True(lesson.Get<double>("randomSpread") > 1);
        Assert.True(lesson.Get<double>("randomAccuracy") > 0.97);
    }

    [Fact]
    public void Both_networks_beat_the_best_line_on_fresh_moons_and_Adam_trains_further_than_SGD()
    {
        var line = lesson.Get<double>("lineTestAccuracy");
        Assert.True(lesson.Get<double>("sgdTestAccuracy") > line);
        Assert.True(lesson.Get<double>("adamTestAccuracy") > line);
        Assert.InRange(lesson.Get<double>("adamGain"), 0.05, 0.15);
        Assert.True(lesson.Get<TrainingHistory>("adamRun").FinalTrainLoss < lesson.Get<TrainingHistory>("sgdRun").FinalTrainLoss);
        Assert.True(lesson.Get<bool>("lastFrameIsTheRun"));
        Assert.True(lesson.Get<double>("arraysVsEngine") < 1e-12);                 // "the two agree"
        Assert.InRange(lesson.Get<int>("moonGraphSize"), 10_000, 99_999);         // "more than ten thousand values"
        Assert.Equal(21, lesson.Get<int[]>("frameEpochs").Length);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task With_other_seeds_the_network_still_gains_5_to_15_points_over_the_line(int seed)
    {
        using var run = await LessonRun.StartAsync("08-backpropagation", [new ParameterOverride("seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Empty(run.Errors);
        Assert.InRange(run.Get<double>("adamGain"), 0.05, 0.15);
        Assert.Equal(0.0, run.Get<double>("equalSpread"));
        Assert.True(run.Get<double>("sgdTestAccuracy") > run.Get<double>("lineTestAccuracy"));
    }

    [Fact]
    public void Exercises_start_wrong_and_give_a_hint() => ExerciseChecks.StartWrongWithAHint(lesson.Run);

    [Fact]
    public Task Writing_tanhs_backward_rule_is_graded_by_a_gradient_check() => ExerciseChecks.WriteItIsGradedByBehaviour(
        "08-backpropagation", "08.1", "TanhBackward",
        right: """
            double TanhBackward(double x, double t, double gradientFromAbove)
            {
                return (1 - t * t) * gradientFromAbove;
            }
            """,
        // The local derivative without the gradient from above: the chain rule forgotten.
        wrong: """
            double TanhBackward(double x, double t, double gradientFromAbove)
            {
                return 1 - t * t;
            }
            """,
        secret: "1 - t * t");
}
