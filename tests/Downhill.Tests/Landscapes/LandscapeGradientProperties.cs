using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Downhill.Tests.Landscapes;

/// <summary>
/// Every analytic gradient and Hessian agrees with central differences at random points inside the
/// landscape's plot range. Tolerance: |analytic − numerical| ≤ 1e-6·max(1, |analytic|, |numerical|) for
/// gradients (central differences with h = 1e-5 err by about h²·Q‴/6), and 1e-5 for Hessians, which are
/// differenced from the analytic gradient.
/// </summary>
public class LandscapeGradientProperties
{
    private static readonly Landscape[] Catalogue = [.. Landscape.All(), Landscape.Rosenbrock(2, 50),
        Landscape.Parabola(3, -1), new Rastrigin(3), new Quadratic(new[,] { { 3.0, 1.0 }, { 1.0, 2.0 } }, [1.0, -1.0])];

    private static Gen<(Landscape Landscape, double[] Point)> LandscapeAndPoint =>
        Gen.Elements(Catalogue).SelectMany(l => RandomPoints.In(l.PlotRange).Select(p => (l, p)));

    [Property(MaxTest = 1000)]
    public Property Analytic_gradients_match_central_differences() =>
        Prop.ForAll(LandscapeAndPoint.ToArbitrary(), sample =>
        {
            var check = GradientCheck.Compare(sample.Landscape, sample.Point);
            return check.Passes(1e-6).Label($"{sample.Landscape.Name} at ({string.Join(", ", sample.Point)}): {check}");
        });

    [Property(MaxTest = 500)]
    public Property Analytic_Hessians_match_central_differences_of_the_gradient() =>
        Prop.ForAll(LandscapeAndPoint.ToArbitrary(), sample =>
        {
            var (landscape, point) = sample;
            var hessian = landscape.Hessian(point)!;
            var n = landscape.Dimensions;
            var worst = 0.0;
            for (var i = 0; i < n; i++)
            {
                var row = GradientCheck.Numerical(p => landscape.Gradient(p)[i], point);
                for (var j = 0; j < n; j++)
                {
                    var scale = Math.Max(1, Math.Max(Math.Abs(hessian[i, j]), Math.Abs(row[j])));
                    worst = Math.Max(worst, Math.Abs(hessian[i, j] - row[j]) / scale);
                }
            }
            return (worst <= 1e-5).Label($"{landscape.Name} at ({string.Join(", ", point)}): relative error {worst}");
        });

    [Fact]
    public void Every_catalogued_landscape_provides_a_Hessian()
    {
        foreach (var landscape in Catalogue)
            Assert.NotNull(landscape.Hessian(landscape.PlotRange.Select(r => (r.Min + r.Max) / 2).ToArray()));
    }
}
