using Downhill.Tests.Landscapes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Downhill.Tests.Optimizers;

/// <summary>
/// Every optimizer's first step is a descent direction: each scales the gradient by positive per-coordinate
/// factors, so with a small α the loss must fall. Checked at random points of Himmelblau's plot range
/// (skipping the few where the slope is too gentle for a 1e-6 step to show above rounding).
/// </summary>
public class DescentDirectionProperties
{
    private static readonly Func<Optimizer>[] Makers =
    [
        () => new GradientDescent(1e-6), () => new Momentum(1e-6), () => new Nesterov(1e-6), () => new Adagrad(1e-6),
        () => new RMSprop(1e-6), () => new Adam(1e-6), () => new AdamW(1e-6, weightDecay: 0),
    ];

    [Property(MaxTest = 300)]
    public Property The_first_small_step_of_every_optimizer_goes_downhill() =>
        Prop.ForAll(RandomPoints.In(Landscape.Himmelblau().PlotRange).ToArbitrary(), start =>
        {
            var himmelblau = Landscape.Himmelblau();
            var gradient = himmelblau.Gradient(start);
            if (gradient.Sum(g => g * g) < 1) return true.Label("skipped: nearly flat");
            var before = himmelblau.Value(start);
            return Makers.All(make =>
            {
                var w = (double[])start.Clone();
                make().Step(w, gradient);
                return himmelblau.Value(w) < before;
            }).Label($"at ({start[0]}, {start[1]})");
        });
}
