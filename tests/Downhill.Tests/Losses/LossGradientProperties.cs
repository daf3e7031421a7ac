using Downhill.Tests.Landscapes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Downhill.Tests.Losses;

/// <summary>
/// Every loss gradient agrees with central differences of the loss value at random predictions and targets
/// (bounded: predictions and logits in [−10, 10]). MAE and Huber have kinks where p − y = 0 or ±δ; points
/// within 1e-3 of a kink are skipped because no finite difference is meaningful there.
/// </summary>
public class LossGradientProperties
{
    private static Gen<(double[] Predictions, double[] Targets)> Pairs(double targetMin, double targetMax) =>
        Gen.Choose(1, 8).SelectMany(n =>
            Gen.ArrayOf(RandomPoints.Between(-10, 10), n).SelectMany(p =>
                Gen.ArrayOf(RandomPoints.Between(targetMin, targetMax), n).Select(y => (p, y))));

    private static Property Check(Loss loss, Gen<(double[] Predictions, double[] Targets)> pairs, Func<double, bool>? nearKink = null) =>
        Prop.ForAll(pairs.ToArbitrary(), sample =>
        {
            var (p, y) = sample;
            if (nearKink is not null && p.Zip(y, (a, b) => a - b).Any(nearKink)) return true.Label("skipped: near a kink");
            var check = GradientCheck.Compare(w => loss.Value(w, y), w => loss.Gradient(w, y), p);
            return check.Passes(1e-7).Label($"{loss.Name}: {check}");
        });

    [Property(MaxTest = 500)]
    public Property Mean_squared_error() => Check(new MeanSquaredError(), Pairs(-10, 10));

    [Property(MaxTest = 500)]
    public Property Mean_absolute_error() => Check(new MeanAbsoluteError(), Pairs(-10, 10), d => Math.Abs(d) < 1e-3);

    [Property(MaxTest = 500)]
    public Property Huber() => Check(new HuberLoss(1.5), Pairs(-10, 10), d => Math.Abs(Math.Abs(d) - 1.5) < 1e-3);

    [Property(MaxTest = 500)]
    public Property Binary_cross_entropy_from_logits() => Check(new BinaryCrossEntropyFromLogits(), Pairs(0, 1));
}
