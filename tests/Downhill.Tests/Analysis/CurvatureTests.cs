namespace Downhill.Tests.Analysis;

/// <summary>Eigenvalues, the stable step 2/L and the condition number that feature scaling improves.</summary>
public class CurvatureTests
{
    [Fact]
    public void The_ill_conditioned_bowl_has_L_four_a_stable_step_of_one_half_and_condition_number_twenty()
    {
        var hessian = Landscape.IllConditionedBowl().Hessian([0, 0])!;
        Assert.Equal([0.2, 4.0], Curvature.Eigenvalues(hessian));
        Assert.Equal(4.0, Curvature.Largest(hessian));
        Assert.Equal(0.5, Curvature.LargestStableStep(hessian));
        Assert.Equal(20.0, Curvature.ConditionNumber(hessian), 1e-12);
    }

    [Fact]
    public void A_rotated_quadratic_has_the_eigenvalues_of_its_matrix()
    {
        // [[3, 1], [1, 3]] has eigenvalues 2 (along (1, −1)) and 4 (along (1, 1)).
        Assert.Equal([2.0, 4.0], Curvature.Eigenvalues(new[,] { { 3.0, 1.0 }, { 1.0, 3.0 } }).Select(e => Math.Round(e, 12)));
    }

    [Fact]
    public void Scaling_features_shrinks_the_condition_number_of_the_mean_squared_error()
    {
        // Two features on very different scales (metres vs square metres, say): standardising them makes the bowl rounder.
        var random = new Random(3);
        var raw = new double[100, 2];
        for (var i = 0; i < 100; i++)
        {
            raw[i, 0] = random.NextDouble() * 3;
            raw[i, 1] = 500 + random.NextDouble() * 2000;
        }
        var scaled = new double[100, 2];
        for (var j = 0; j < 2; j++)
        {
            var column = Enumerable.Range(0, 100).Select(i => raw[i, j]).ToArray();
            var (mean, sd) = (column.Average(), Math.Sqrt(column.Select(v => Math.Pow(v - column.Average(), 2)).Average()));
            for (var i = 0; i < 100; i++) scaled[i, j] = (raw[i, j] - mean) / sd;
        }
        var before = Curvature.ConditionNumber(Curvature.OfMeanSquaredError(raw));
        var after = Curvature.ConditionNumber(Curvature.OfMeanSquaredError(scaled));
        Assert.True(before > 1e6, $"unscaled condition number {before}");
        Assert.True(after < 2, $"standardised condition number {after}");
    }

    [Fact]
    public void The_mean_squared_error_Hessian_is_two_over_n_X_transpose_X()
    {
        // X = [1 1; 1 2; 1 3] (ones column added): XᵀX = [[3, 6], [6, 14]], times 2/3 → [[2, 4], [4, 28/3]].
        var hessian = Curvature.OfMeanSquaredError(new[,] { { 1.0 }, { 2.0 }, { 3.0 } });
        Assert.Equal(2.0, hessian[0, 0], 1e-15);
        Assert.Equal(4.0, hessian[0, 1], 1e-15);
        Assert.Equal(28.0 / 3, hessian[1, 1], 1e-14);
    }

    [Fact]
    public void Curvature_that_is_not_a_bowl_fails_with_one_sentence()
    {
        var saddle = Landscape.Saddle().Hessian([0, 0])!;
        Assert.Equal("the smallest curvature is -2, not positive, so the condition number is not defined (the landscape is not a bowl).",
            Assert.Throws<ArgumentException>(() => Curvature.ConditionNumber(saddle)).Message);
        Assert.Equal("the largest curvature is -1, not positive: nothing curves upward, so no step size makes descent settle.",
            Assert.Throws<ArgumentException>(() => Curvature.LargestStableStep(new[,] { { -1.0 } })).Message);
        Assert.Equal("the Hessian must be symmetric; entry [0,1] is 1 but [1,0] is 0.",
            Assert.Throws<ArgumentException>(() => Curvature.Eigenvalues(new[,] { { 1.0, 1.0 }, { 0.0, 1.0 } })).Message);
        Assert.Equal("the Hessian must be square; got 1 rows and 2 columns.",
            Assert.Throws<ArgumentException>(() => Curvature.Eigenvalues(new[,] { { 1.0, 1.0 } })).Message);
    }
}
