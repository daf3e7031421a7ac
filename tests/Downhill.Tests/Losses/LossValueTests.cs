namespace Downhill.Tests.Losses;

/// <summary>Loss values worked out by hand, the stable forms at extreme logits, and PyTorch's conventions.</summary>
public class LossValueTests
{
    [Fact]
    public void Mean_squared_error_averages_squares_without_a_half()
    {
        // errors (1, −2, 0): (1 + 4 + 0)/3 = 5/3; gradient 2·error/3 = (2/3, −4/3, 0)
        var mse = Loss.MeanSquaredError();
        Assert.Equal(5.0 / 3, mse.Value([2.0, 0.0, 5.0], [1.0, 2.0, 5.0]), 1e-15);
        Assert.Equal([2.0 / 3, -4.0 / 3, 0.0], mse.Gradient([2.0, 0.0, 5.0], [1.0, 2.0, 5.0]));
    }

    [Fact]
    public void Mean_absolute_error_pulls_with_equal_force_and_zero_at_the_answer()
    {
        // |1| + |−2| + |0| = 3, mean 1; gradient sign/3 = (1/3, −1/3, 0) — PyTorch also gives 0 at a tie
        var mae = Loss.MeanAbsoluteError();
        Assert.Equal(1.0, mae.Value([2.0, 0.0, 5.0], [1.0, 2.0, 5.0]));
        Assert.Equal([1.0 / 3, -1.0 / 3, 0.0], mae.Gradient([2.0, 0.0, 5.0], [1.0, 2.0, 5.0]));
    }

    [Fact]
    public void Huber_is_quadratic_inside_delta_and_linear_outside()
    {
        var huber = Loss.Huber(1.0);
        Assert.Equal(1.0, huber.Delta);
        Assert.Equal(0.5 * 0.25, huber.ValueOf(0.5, 0));          // ½·0.5²
        Assert.Equal(1.0 * (3 - 0.5), huber.ValueOf(3, 0));        // δ(|d| − ½δ) = 2.5
        Assert.Equal(0.5, huber.DerivativeOf(0.5, 0));
        Assert.Equal(-1.0, huber.DerivativeOf(-3, 0));
        // Continuous at the switch: ½·1² = 1·(1 − ½)
        Assert.Equal(huber.ValueOf(1 - 1e-12, 0), huber.ValueOf(1, 0), 1e-11);
    }

    [Fact]
    public void Binary_cross_entropy_is_finite_and_exact_at_plus_and_minus_a_thousand()
    {
        var bce = Loss.BinaryCrossEntropyFromLogits();
        // Right and confident: max(1000, 0) − 1000·1 + log(1 + e^−1000) = 0
        Assert.Equal(0.0, bce.ValueOf(1000, 1));
        Assert.Equal(0.0, bce.ValueOf(-1000, 0));
        // Wrong and confident: the loss is the logit's size, 1000, not ∞
        Assert.Equal(1000.0, bce.ValueOf(-1000, 1));
        Assert.Equal(1000.0, bce.ValueOf(1000, 0));
        // Gradient σ(z) − y saturates cleanly at 0 or ±1
        Assert.Equal(0.0, bce.DerivativeOf(1000, 1));
        Assert.Equal(-1.0, bce.DerivativeOf(-1000, 1));
        Assert.Equal(1.0, bce.DerivativeOf(1000, 0));
        Assert.Equal(500.0, bce.Value([1000.0, -1000.0], [1.0, 1.0]));
    }

    [Fact]
    public void Binary_cross_entropy_keeps_its_digits_for_tiny_losses()
    {
        // At z = 50, y = 1 the loss is log(1 + e^−50) ≈ e^−50 = 1.9287e-22; a naive log(1 + e^−50) rounds to 0.
        var bce = Loss.BinaryCrossEntropyFromLogits();
        Assert.Equal(Math.Exp(-50), bce.ValueOf(50, 1), 1e-35);
        // At z = 0 the model says ½, and the loss is log 2 whatever the label.
        Assert.Equal(Math.Log(2), bce.ValueOf(0, 1), 1e-15);
        Assert.Equal(Math.Log(2), bce.ValueOf(0, 0), 1e-15);
    }

    [Fact]
    public void Softmax_cross_entropy_through_log_sum_exp_is_finite_at_extreme_logits()
    {
        // ℓ = log Σₖ e^(zₖ) − z_c, as softmax regression computes it for one example.
        double[] z = [1000.0, -1000.0, 0.0];
        Assert.Equal(0.0, Logits.LogSumExp(z) - z[0]);
        Assert.Equal(2000.0, Logits.LogSumExp(z) - z[1]);
        Assert.Equal(Math.Log(4), Logits.LogSumExp([0.5, 0.5, 0.5, 0.5]) - 0.5, 1e-15);
    }

    [Fact]
    public void Softmax_and_log_sum_exp_are_stable()
    {
        Assert.Equal(1000 + Math.Log(2), Logits.LogSumExp([1000.0, 1000.0]), 1e-12);
        Assert.Equal([0.5, 0.5], Logits.Softmax([1000.0, 1000.0]));
        Assert.Equal(1.0, Logits.Sigmoid(1000));
        Assert.Equal(0.0, Logits.Sigmoid(-1000));
        Assert.Equal(1000.0, Logits.Softplus(1000));
        Assert.Equal(1.0, Logits.Softmax([3.0, -1.0, 0.25, 7.5]).Sum(), 1e-15);
    }
}
