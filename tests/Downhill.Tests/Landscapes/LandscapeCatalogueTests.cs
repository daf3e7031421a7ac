namespace Downhill.Tests.Landscapes;

/// <summary>The catalogue's claims: where the minima are, how deep, how curved, and what the formulas say.</summary>
public class LandscapeCatalogueTests
{
    public static TheoryData<string> Names => new(Landscape.All().Select(l => l.Name));

    private static Landscape Named(string name) => Landscape.All().Single(l => l.Name == name);

    [Theory]
    [MemberData(nameof(Names))]
    public void Known_minima_are_flat_and_curve_upward(string name)
    {
        var landscape = Named(name);
        foreach (var minimum in landscape.KnownMinima)
        {
            var gradient = landscape.Gradient(minimum);
            Assert.True(gradient.All(g => Math.Abs(g) < 1e-9), $"{name}: gradient at a minimum is ({string.Join(", ", gradient)})");
            Assert.True(Curvature.Eigenvalues(landscape.Hessian(minimum)!)[0] > 0, $"{name}: a minimum must curve upward in every direction");
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Known_minima_lie_inside_the_plot_range(string name)
    {
        var landscape = Named(name);
        foreach (var minimum in landscape.KnownMinima)
        {
            for (var d = 0; d < landscape.Dimensions; d++)
                Assert.InRange(minimum[d], landscape.PlotRange[d].Min, landscape.PlotRange[d].Max);
        }
    }

    [Fact]
    public void One_dimensional_curves_are_one_dimensional_and_surfaces_two()
    {
        Assert.All(new Landscape[] { Landscape.Parabola(), Landscape.Quartic(), new Plateau(), Landscape.ManyValleys() },
            l => Assert.Equal(1, l.Dimensions));
        Assert.All(new Landscape[] { Landscape.IllConditionedBowl(), Landscape.Rosenbrock(), Landscape.Himmelblau(), new Beale(),
            Landscape.Saddle(), Landscape.MonkeySaddle(), new Rastrigin() }, l => Assert.Equal(2, l.Dimensions));
    }

    [Fact]
    public void The_quartic_has_a_shallow_local_minimum_beside_a_deeper_global_one()
    {
        var quartic = Landscape.Quartic();
        var (global, local) = (quartic.KnownMinima[0], quartic.KnownMinima[1]);
        Assert.Equal(-1.3008, global[0], 1e-4);
        Assert.Equal(1.1309, local[0], 1e-4);
        Assert.True(quartic.Value(global) < quartic.Value(local) - 2, "the global valley should be much deeper");
        // A hump separates them: the curve rises between the two valleys.
        Assert.True(quartic.Value([0.17]) > quartic.Value(local));
    }

    [Fact]
    public void The_plateau_is_nearly_flat_far_out_and_drops_to_zero_at_the_centre()
    {
        var plateau = new Plateau();
        Assert.True(Math.Abs(plateau.Gradient([4.0])[0]) < 1e-6);
        Assert.Equal(1.0, plateau.Value([4.0]), 1e-6);
        Assert.Equal(0.0, plateau.Value([0.0]));
    }

    [Fact]
    public void Many_valleys_has_five_minima_between_minus_seven_and_seven_the_deepest_at_zero()
    {
        var curve = Landscape.ManyValleys();
        Assert.Equal(5, curve.KnownMinima.Count);
        Assert.All(curve.KnownMinima.Skip(1), m => Assert.True(curve.Value(m) > curve.Value([0.0])));
        Assert.Equal(5, curve.KnownMinima.Select(m => Math.Round(m[0], 6)).Distinct().Count());
    }

    [Fact]
    public void The_ill_conditioned_bowl_is_point_one_x_squared_plus_two_y_squared()
    {
        var bowl = Landscape.IllConditionedBowl();
        Assert.Equal("0.1x² + 2y²", bowl.Formula);
        Assert.Equal(0.1 * 9 + 2 * 4, bowl.Value([3.0, -2.0]), 1e-12);
        Assert.Equal([0.2, 4.0], bowl.Eigenvalues);
        Assert.Equal(4.0, bowl.LargestCurvature);
    }

    [Fact]
    public void Himmelblau_has_four_minima_of_depth_zero_starting_with_three_two()
    {
        var himmelblau = Landscape.Himmelblau();
        Assert.Equal([3.0, 2.0], himmelblau.KnownMinima[0]);
        Assert.Equal(4, himmelblau.KnownMinima.Count);
        Assert.All(himmelblau.KnownMinima, m => Assert.True(himmelblau.Value(m) < 1e-20));
        Assert.Equal(-2.805118, himmelblau.KnownMinima[1][0], 1e-6);
        Assert.Equal(3.131312, himmelblau.KnownMinima[1][1], 1e-6);
    }

    [Fact]
    public void Rosenbrock_Beale_and_Rastrigin_are_zero_at_their_minima()
    {
        Assert.Equal(0.0, Landscape.Rosenbrock().Value([1.0, 1.0]));
        Assert.Equal(0.0, Landscape.Rosenbrock(2, 50).Value([2.0, 4.0]));
        Assert.Equal(0.0, new Beale().Value([3.0, 0.5]), 1e-15);
        Assert.Equal(0.0, new Rastrigin().Value([0.0, 0.0]));
        Assert.Equal("(1 − x)² + 100(y − x²)²", Landscape.Rosenbrock().Formula);
    }

    [Fact]
    public void Saddles_have_no_minimum_and_curve_both_ways()
    {
        var saddle = Landscape.Saddle();
        Assert.Equal("x² − y²", saddle.Formula);
        Assert.Empty(saddle.KnownMinima);
        Assert.Null(saddle.Minimum);
        Assert.Equal([-2.0, 2.0], saddle.Eigenvalues);
        var monkey = Landscape.MonkeySaddle();
        Assert.Empty(monkey.KnownMinima);
        Assert.Equal([0.0, 0.0], monkey.Gradient([0.0, 0.0]));
        Assert.Equal(new[,] { { 0.0, 0.0 }, { 0.0, 0.0 } }, monkey.Hessian([0.0, 0.0]));
        // Three valleys go down from the origin: along x < 0 and at ±60° from the positive x-axis.
        Assert.True(monkey.Value([-1.0, 0.0]) < 0);
        Assert.True(monkey.Value([0.5, Math.Sqrt(3) / 2 + 0.5]) < 0);
    }

    [Fact]
    public void A_general_quadratic_knows_its_minimum_from_A_and_b()
    {
        // Q = ½wᵀAw − bᵀw with A = [[3, 1], [1, 2]], b = (1, −1): the minimum solves Aw = b → w = (0.6, −0.8).
        var quadratic = new Quadratic(new[,] { { 3.0, 1.0 }, { 1.0, 2.0 } }, [1.0, -1.0]);
        Assert.Equal(0.6, quadratic.Minimum![0], 1e-12);
        Assert.Equal(-0.8, quadratic.Minimum[1], 1e-12);
        Assert.All(quadratic.Gradient(quadratic.Minimum), g => Assert.Equal(0.0, g, 1e-12));
    }

    [Fact]
    public void Diagonal_quadratics_write_their_formula_like_a_student()
    {
        Assert.Equal("x² + y²", Landscape.Bowl().Formula);
        Assert.Equal("3x²", Landscape.Quadratic(3).Formula);
        Assert.Equal("w₁² + 2w₂² + 3w₃² + 4w₄²", Landscape.Quadratic(1, 2, 3, 4).Formula);
        Assert.Equal("x²", Landscape.Parabola().Formula);
        Assert.Equal("2(x − 1)²", Landscape.Parabola(2, 1).Formula);
    }

    [Fact]
    public void A_matrix_symmetric_up_to_rounding_is_accepted_and_made_exactly_symmetric()
    {
        // 0.1 + 0.2 and 0.3 differ in the last bit: the same number summed in a different order.
        var quadratic = new Quadratic(new[,] { { 2.0, 0.1 + 0.2 }, { 0.3, 2.0 } });
        Assert.Equal(quadratic.A[0, 1], quadratic.A[1, 0]);
    }

    [Fact]
    public void A_quadratic_with_a_constant_is_the_mean_squared_error_itself_and_never_negative()
    {
        // MSE(w) = mean((w·x − y)²) = ½wᵀAw − bᵀw + c with A = (2/n)Σxxᵀ, b = (2/n)Σxy, c = mean(y²).
        double[][] x = [[1.0, 2.0], [2.0, 0.5], [3.0, 1.0]];
        double[] y = [1.0, 2.0, 4.0];
        var n = x.Length;
        var a = new double[2, 2];
        var b = new double[2];
        for (var i = 0; i < n; i++)
        for (var j = 0; j < 2; j++)
        {
            b[j] += 2.0 / n * x[i][j] * y[i];
            for (var k = 0; k < 2; k++) a[j, k] += 2.0 / n * x[i][j] * x[i][k];
        }
        var mse = new Quadratic(a, b, constant: y.Average(v => v * v), coordinateNames: ["w₁", "w₂"]);

        foreach (var w in new[] { new[] { 0.0, 0.0 }, new[] { 1.0, -1.0 }, mse.Minimum! })
            Assert.Equal(Enumerable.Range(0, n).Average(i => Math.Pow(w[0] * x[i][0] + w[1] * x[i][1] - y[i], 2)), mse.Value(w), 1e-12);
        Assert.True(mse.Value(mse.Minimum!) >= 0);
        Assert.Equal(["w₁", "w₂"], mse.CoordinateNames);
        Assert.Equal("½ wᵀAw − bᵀw + c", mse.Formula);
        // The constant moves heights, not steps.
        Assert.Equal(new Quadratic(a, b).Gradient([1.0, 1.0]), mse.Gradient([1.0, 1.0]));
        Assert.Throws<ArgumentException>(() => new Quadratic(a, b, constant: double.NaN));
        Assert.Throws<ArgumentException>(() => new Quadratic(a, b, coordinateNames: ["w"]));
    }
}
