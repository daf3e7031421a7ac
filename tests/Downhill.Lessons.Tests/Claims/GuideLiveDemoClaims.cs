using System.Text.RegularExpressions;
using Downhill.Lessons.Tests.Harness;
using Downhill.Notebooks.Parameters;

namespace Downhill.Lessons.Tests.Claims;

/// <summary>
/// The instructor's guide's "Live demos": each knob it tells an instructor to turn is turned here, in the lesson's own run,
/// and what the guide says then happens is checked on the values the notebook computes. A second test reads the guide, so a
/// demo added there without a check here fails.
/// </summary>
public sealed partial class GuideLiveDemoClaims
{
    private sealed record Demo(string Lesson, (string Knob, string Value)[] Knobs, Action<LessonRun> Check);

    private static T Get<T>(LessonRun run, string name) => run.Get<T>(name);

    private static List<(int Step, double W, double Q, double Gradient, double Move)> Rows(LessonRun run) =>
        run.Get<List<(int Step, double W, double Q, double Gradient, double Move)>>("rows");

    private static readonly Dictionary<string, Demo> Demos = new()
    {
        // 00 · Start here
        ["00 alpha = 1.1, 40 steps: step limit, far away"] = new("00-start-here", [("alpha", "1.1")], run =>
        {
            var first = Get<Trajectory>(run, "firstRun");
            Assert.Equal(RunOutcome.StepLimitReached, first.Outcome);
            Assert.True(Math.Abs(first.Final[0]) > 1000, $"ends at {first.Final[0]}");
        }),
        ["00 alpha = 1.1, steps = 100: diverged at step 71"] = new("00-start-here", [("alpha", "1.1"), ("steps", "100")], run =>
            Assert.Equal(71, Get<Trajectory>(run, "firstRun").DivergedAtStep)),
        ["00 alpha = 0.001: crawls"] = new("00-start-here", [("alpha", "0.001")], run =>
            Assert.InRange(Get<Trajectory>(run, "firstRun").Final[0], 2.2, 2.5)),
        ["00 start = -2.5: the mirror image"] = new("00-start-here", [("start", "-2.5")], run =>
            Assert.Equal(-2.5 * Math.Pow(0.8, 40), Get<Trajectory>(run, "firstRun").Final[0], 12)),

        // 01 · Loss functions
        ["01 pricePerSqft = 100: MSE and MAE change"] = new("01-loss-functions", [("pricePerSqft", "100")], run =>
            Assert.Contains("With w = 100 $/sq ft: MSE = ", run.ConsoleText)),
        ["01 huberDelta = 1000: Huber behaves like MAE"] = new("01-loss-functions", [("huberDelta", "1000")], run =>
        {
            var shift = Get<double[]>(run, "bestShift");
            Assert.InRange(Math.Abs(shift[2] - shift[1]), 0, 0.5);
            Assert.True(Math.Abs(shift[2] - shift[0]) > 30);
        }),
        ["01 huberDelta = 1e6: Huber behaves like MSE"] = new("01-loss-functions", [("huberDelta", "1e6")], run =>
        {
            var shown = Get<double[]>(run, "bestShiftShown");
            Assert.Equal(shown[0], shown[2]);
        }),
        ["01 sampleSize = 200: the outlier matters less"] = new("01-loss-functions", [("sampleSize", "200")], run =>
            Assert.InRange(Get<double[]>(run, "bestShift")[0], 0, 38.5 / 5)),   // 5.7 against 38.5 on 20 houses

        // 02 · The update rule (as the guide reads once its alpha = 1 sentence is fixed: it bounces 6 ↔ 0; 1/L = 0.5 lands)
        ["02 start = 0: the slope is negative, w goes up"] = new("02-update-rule", [("start", "0")], run =>
        {
            var rows = Rows(run);
            Assert.True(rows[0].Gradient < 0);
            Assert.True(rows[1].W > 0);
        }),
        ["02 alpha = 1: bounces between 6 and 0"] = new("02-update-rule", [("alpha", "1")], run =>
            Assert.All(Rows(run), r => Assert.Equal(r.Step % 2 == 0 ? 6 : 0, r.W, 12))),
        ["02 alpha = 0.5: 1/L lands in one step"] = new("02-update-rule", [("alpha", "0.5")], run =>
            Assert.Equal(3, Rows(run)[1].W, 12)),
        ["02 alpha = 0.8: overshoots every step"] = new("02-update-rule", [("alpha", "0.8")], run =>
        {
            Assert.Equal("overshoots 3", Get<string>(run, "whatHappened"));
            var rows = Rows(run);
            Assert.All(rows.Skip(1), r => Assert.Equal(r.Step % 2 == 0 ? 1 : -1, Math.Sign(r.W - 3)));
        }),
        ["02 fitAlpha = 1.1: the Ames fit diverges and says so"] = new("02-update-rule", [("fitAlpha", "1.1")], run =>
        {
            Assert.Equal(RunOutcome.Diverged, Get<TrainingHistory>(run, "fit").Outcome);
            Assert.Contains("diverged", run.ConsoleText);
        }),

        // 03 · Learning rates
        ["03 alpha = 0.45: converges"] = new("03-learning-rates", [("alpha", "0.45")], run =>
            Assert.Equal(RunOutcome.Converged, Get<Trajectory>(run, "yourRun").Outcome)),
        ["03 alpha = 0.55: does not converge"] = new("03-learning-rates", [("alpha", "0.55")], run =>
            Assert.Equal(RunOutcome.Diverged, Get<Trajectory>(run, "yourRun").Outcome)),
        ["03 wildAlpha = 0.5: bounces for ever"] = new("03-learning-rates", [("wildAlpha", "0.5")], run =>
        {
            var wild = Get<Trajectory>(run, "wildRun");
            Assert.Equal(RunOutcome.StepLimitReached, wild.Outcome);
            Assert.All(wild.Positions, p => Assert.Equal(3, Math.Abs(p[0]), 12));
        }),
        ["03 noise = 2: every floor ×4"] = new("03-learning-rates", [("noise", "2")], run =>
        {
            var rates = Get<double[]>(run, "floorRates");
            var measured = Get<double[]>(run, "measuredFloors");
            var curvature = Get<double>(run, "L");
            for (var i = 0; i < rates.Length; i++)
                Assert.InRange(measured[i] / (rates[i] / (2 * (2 - rates[i] * curvature))), 4 * 0.85, 4 * 1.15); // ×4 the σ = 1 formula
        }),
        ["03 noisySteps = 500: 1/t and exponential are close"] = new("03-learning-rates", [("noisySteps", "500")], run =>
            Assert.InRange(Get<double>(run, "exponentialFinal") / Get<double>(run, "inverseTimeFinal"), 0.5, 2)),

        // 04 · Local minima
        ["04 momentum = 0.5: no longer clears the hump"] = new("04-local-minima", [("momentum", "0.5")], run =>
            Assert.True(Get<Trajectory>(run, "rollingRun").Final[0] > 0)),
        ["04 restarts = 2: sometimes unlucky"] = new("04-local-minima", [("restarts", "2"), ("seed", "1")], run =>
            Assert.True(Get<Trajectory>(run, "bestRestart").FinalLoss > -0.99, "two restarts, both outside the deepest valley")),
        ["04 noiseSeeds = 20: the shares get noisy"] = new("04-local-minima", [("noiseSeeds", "20")], run =>
        {
            var shares = Get<double[]>(run, "escapeShares");
            var others = Get<double[]>(run, "otherSeedShares");
            Assert.True(shares.Zip(others, (a, b) => Math.Abs(a - b)).Max() >= 0.1);   // 30 % against 15 % at σ = 10: noise, not a trend
            Assert.Contains(shares, share => Math.Sqrt(share * (1 - share) / 20) >= 0.1); // standard errors of ±10 points
        }),
        ["04 startCount = 200: a finer basin map"] = new("04-local-minima", [("startCount", "200")], run =>
        {
            Assert.Equal(5, Get<int>(run, "valleysReached"));
            Assert.Equal(200, Get<Trajectory[]>(run, "mapRuns").Length);
        }),
        ["04 saddleSteps = 200: plain descent slides off too"] = new("04-local-minima", [("saddleSteps", "200")], run =>
            Assert.InRange(Get<int>(run, "plainLeftAt"), 74, 78)),

        // 05 · SGD vs Adam
        ["05 alpha = 0.5: SGD ends as low as Adam on the penguins"] = new("05-sgd-vs-adam", [("alpha", "0.5")], run =>
            Assert.True(Get<TrainingHistory>(run, "sgdTraining").FinalTrainLoss <= Get<TrainingHistory>(run, "adamTraining").FinalTrainLoss)),
        ["05 batchSize = 1: one house per step"] = new("05-sgd-vs-adam", [("batchSize", "1")], run =>
        {
            Assert.Equal("SGD, batch 1", Get<string>(run, "zigName"));
            Assert.Equal("SGD (batch 1)", Get<string>(run, "plainName"));
        }),
        ["05 batchSize = 100000: falls back to full batch and calls it GD"] = new("05-sgd-vs-adam", [("batchSize", "100000")], run =>
        {
            Assert.Equal("GD, full batch", Get<string>(run, "zigName"));
            Assert.Equal("GD (full batch)", Get<string>(run, "plainName"));
            Assert.Contains("is more than the 2930 houses", run.ConsoleText);
        }),
        ["05 seed = 2: the falling best α does not change"] = new("05-sgd-vs-adam", [("seed", "2")], run =>
        {
            var rates = Get<double[]>(run, "bestRates");   // full batch, 256, 64, 32, one house
            Assert.All(Enumerable.Range(1, rates.Length - 1), b => Assert.True(rates[b] <= rates[b - 1], string.Join(", ", rates)));
            Assert.True(rates[^1] < rates[0]);
            // and it is still linear scaling on this seed: α/B within a factor of four, one house at 0.01/32 where batch 32 at 0.01 ends
            var perHouse = Get<double[]>(run, "bestRatePerHouse");
            Assert.True(perHouse.Max() / perHouse.Min() < 4, string.Join(", ", perHouse));
            var (batch32, oneHouse) = Get<(double Batch32, double OneHouse)>(run, "linearScalingGap");
            Assert.InRange(oneHouse / batch32, 0.9, 1.1);
        }),
        ["05 steps = 2000: GD crawls along the banana"] = new("05-sgd-vs-adam", [("steps", "2000")], run =>
        {
            var gd = Get<IReadOnlyList<Trajectory>>(run, "rosenbrockRuns")[0];
            Assert.Equal(2000, gd.Steps);
            Assert.True(gd.FinalLoss < 0.5 * gd.Losses[500], $"{gd.Losses[500]} → {gd.FinalLoss}");
            Assert.True(gd.FinalLoss > 1e-3, "still crawling, not at the bottom");
        }),

        // 06 · Feature scaling
        ["06 alpha = 0.6: the two-feature bowl converges, the seven-feature fit diverges in epoch 9"] = new("06-feature-scaling", [("alpha", "0.6")], run =>
        {
            Assert.Equal(RunOutcome.Converged, Get<Trajectory>(run, "scaledRun").Outcome);
            Assert.Equal(0.659, 2 / Get<Quadratic>(run, "scaledLoss").LargestCurvature, 3);
            var seven = Get<TrainingHistory>(run, "scaledTraining");
            Assert.Equal(RunOutcome.Diverged, seven.Outcome);
            Assert.Equal(9, seven.DivergedAtEpoch);
        }),
        ["06 alpha = 0.7: the two-feature bowl diverges too"] = new("06-feature-scaling", [("alpha", "0.7")], run =>
            Assert.Equal(RunOutcome.Diverged, Get<Trajectory>(run, "scaledRun").Outcome)),
        ["06 alpha = 0.5: about the best rate, about 30 steps"] = new("06-feature-scaling", [("alpha", "0.5")], run =>
        {
            Assert.InRange(Get<Trajectory>(run, "scaledRun").Steps, 25, 35);
            Assert.Equal(0.5, Get<double>(run, "bestRate"), 1);
        }),
        ["06 steps = 5000: the unscaled crawl still goes nowhere"] = new("06-feature-scaling", [("steps", "5000")], run =>
            Assert.InRange(Get<double>(run, "crawlProgress"), 0, 0.01)),

        // 07 · Train vs test
        ["07 trainSize = 300: the validation curve does not turn"] = new("07-train-vs-test", [("trainSize", "300")], run =>
        {
            Assert.Equal(Get<TrainingHistory>(run, "history").EpochCount, Get<int>(run, "bestEpoch"));
            Assert.InRange(Get<double>(run, "earlyValidationLoss") / Get<double>(run, "lineValidationLoss"), 0.95, 1.05);
        }),
        ["07 seed = 10: stopped early, the curve edges past the line"] = new("07-train-vs-test", [("seed", "10")], run =>
            Assert.True(Get<double>(run, "earlyValidationLoss") < Get<double>(run, "lineValidationLoss"))),
        ["07 seed = 1: the validation loss turns late and gently"] = new("07-train-vs-test", [("seed", "1")], run =>
        {
            Assert.InRange(Get<int>(run, "bestEpoch"), 300, 400);   // "near epoch 355"
            Assert.InRange(Get<double>(run, "finalValidationLoss") / Get<double>(run, "bestValidationLoss"), 1, 1.1);
        }),
        ["07 degree = 1: hardly anything to overfit"] = new("07-train-vs-test", [("degree", "1")], run =>
            Assert.True(Get<double>(run, "finalValidationLoss") < 1.05 * Get<double>(run, "bestValidationLoss"))),

        // 08 · Backpropagation
        ["08 hidden = 1: one bend, line-like"] = new("08-backpropagation", [("hidden", "1")], run =>
            Assert.InRange(Get<double>(run, "adamTestAccuracy") - Get<double>(run, "lineTestAccuracy"), -0.05, 0.05)),
        ["08 hidden = 5: below the cliff of exercise 08.3, no better than the line"] = new("08-backpropagation", [("hidden", "5")], run =>
            Assert.True(Get<double>(run, "adamTestAccuracy") < Get<double>(run, "lineTestAccuracy") + 0.03,
                $"Adam {Get<double>(run, "adamTestAccuracy")} vs line {Get<double>(run, "lineTestAccuracy")}")),
        ["08 hidden = 6: above the cliff of exercise 08.3, well above the line"] = new("08-backpropagation", [("hidden", "6")], run =>
            Assert.True(Get<double>(run, "adamTestAccuracy") > Get<double>(run, "lineTestAccuracy") + 0.05,
                $"Adam {Get<double>(run, "adamTestAccuracy")} vs line {Get<double>(run, "lineTestAccuracy")}")),
        ["08 alpha = 3: SGD catches Adam"] = new("08-backpropagation", [("alpha", "3")], run =>
            Assert.True(Get<double>(run, "sgdTestAccuracy") >= Get<double>(run, "adamTestAccuracy") - 0.02,
                $"SGD {Get<double>(run, "sgdTestAccuracy")} vs Adam {Get<double>(run, "adamTestAccuracy")}")),
        ["08 seed = 2: other moons, the network still beats the line"] = new("08-backpropagation", [("seed", "2")], run =>
            Assert.True(Get<double>(run, "adamGain") > 0, $"gain {Get<double>(run, "adamGain")}")),
        ["08 epochs = 10: the boundary still a smear"] = new("08-backpropagation", [("epochs", "10")], run =>
            Assert.True(Get<double>(run, "adamTestAccuracy") < 0.97, $"Adam {Get<double>(run, "adamTestAccuracy")}")),

        // 09 · Neural-network landscapes
        ["09 hidden = 3: some of the ten seeds stall"] = new("09-neural-network-landscapes", [("hidden", "3")], run =>
            Assert.True(Get<int>(run, "goodCount") < 10, $"{Get<int>(run, "goodCount")} of 10 good")),
        ["09 alpha = 8: the sharpness table gains a row"] = new("09-neural-network-landscapes", [("alpha", "8")], run =>
            Assert.Contains(8.0, Get<double[]>(run, "sharpnessRates"))),
        ["09 steps = 1000: plain GD still sits on a saddle in some seeds"] = new("09-neural-network-landscapes", [("steps", "1000")], run =>
            Assert.True(Get<int>(run, "gdStillOnSaddleSeeds") >= 1, $"{Get<int>(run, "gdStillOnSaddleSeeds")} seeds")),
        ["09 epochs = 20: the answers not yet good, the barrier lower"] = new("09-neural-network-landscapes", [("epochs", "20")], run =>
            Assert.True(Get<int>(run, "goodCount") < 10 || Get<double[]>(run, "tenLosses").Min() > 0.05,
                $"{Get<int>(run, "goodCount")} good, best loss {Get<double[]>(run, "tenLosses").Min()}")),
    };

    public static TheoryData<string> DemoNames() => new(Demos.Keys.ToArray());

    [Theory]
    [MemberData(nameof(DemoNames))]
    public async Task The_live_demo_does_what_the_guide_says(string demo)
    {
        var (lesson, knobs, check) = Demos[demo];
        using var run = await LessonRun.StartAsync(lesson, [.. knobs.Select(k => new ParameterOverride(k.Knob, k.Value))]);
        Assert.Empty(run.Errors);
        check(run);
    }

    [Fact]
    public void Every_knob_the_guides_live_demos_turn_is_turned_by_a_demo_here()
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "instructor-guide.md"));
        var sections = Section().Matches(guide);
        Assert.Equal(LessonCatalog.All.Count, sections.Count);
        foreach (Match section in sections)
        {
            var number = section.Groups["number"].Value;
            var demos = LiveDemos().Match(section.Value);
            Assert.True(demos.Success, $"lesson {number}'s section has no live demos");
            var lesson = LessonCatalog.All.Single(l => l.StartsWith(number, StringComparison.Ordinal));
            var turned = Demos.Values.Where(d => d.Lesson == lesson).SelectMany(d => d.Knobs).Distinct().ToList();
            foreach (Match knob in KnobSetting().Matches(demos.Value))
                Assert.Contains((knob.Groups["knob"].Value, knob.Groups["value"].Value), turned);
        }
    }

    [GeneratedRegex(@"^## (?<number>0\d) · .*?(?=^## |\z)", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Section();

    [GeneratedRegex(@"\*\*Live demos\.\*\*.*?(?=\n\n|\z)", RegexOptions.Singleline)]
    private static partial Regex LiveDemos();

    [GeneratedRegex(@"`(?<knob>[A-Za-z]+) = (?<value>[^`]+)`")]
    private static partial Regex KnobSetting();
}
