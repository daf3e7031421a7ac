namespace Downhill.Tests.Optimizers;

/// <summary>
/// Each optimizer's first three steps on Q(w) = w² (so g = 2w) from w₀ = 1, against values worked out by
/// hand from PyTorch's formulas. The arithmetic is in the comments; the numbers are rounded to 12 digits.
/// </summary>
public class FirstStepsByHandTests
{
    // The expected values are rounded to 12 digits, so they can differ from the exact ones by 5e-13.
    private const double Tolerance = 1e-11;

    private static double[] ThreeStepsOnSquare(Optimizer optimizer, double start = 1)
    {
        var w = new[] { start };
        var path = new double[3];
        for (var k = 0; k < 3; k++)
        {
            optimizer.Step(w, [2 * w[0]]);
            path[k] = w[0];
        }
        return path;
    }

    private static void AssertPath(double[] expected, double[] actual)
    {
        for (var k = 0; k < expected.Length; k++) Assert.Equal(expected[k], actual[k], Tolerance);
    }

    [Fact]
    public void Gradient_descent_multiplies_w_by_one_minus_two_alpha()
    {
        // α = 0.1: w ← w − 0.1·2w = 0.8w
        // w₁ = 1 − 0.2 = 0.8;  w₂ = 0.8 − 0.16 = 0.64;  w₃ = 0.64 − 0.128 = 0.512
        AssertPath([0.8, 0.64, 0.512], ThreeStepsOnSquare(new GradientDescent(0.1)));
    }

    [Fact]
    public void Gradient_descent_with_weight_decay_adds_lambda_w_to_the_gradient()
    {
        // α = 0.1, λ = 0.5: g = 2w + 0.5w = 2.5w, so w ← w − 0.25w = 0.75w
        // w₁ = 0.75;  w₂ = 0.5625;  w₃ = 0.421875
        AssertPath([0.75, 0.5625, 0.421875], ThreeStepsOnSquare(new GradientDescent(0.1, weightDecay: 0.5)));
    }

    [Fact]
    public void Momentum_starts_its_buffer_at_the_first_gradient()
    {
        // α = 0.1, μ = 0.9 (PyTorch form: b ← μb + g, w ← w − αb; b starts as the first g)
        // step 1: g = 2,    b = 2,                     w = 1 − 0.2     = 0.8
        // step 2: g = 1.6,  b = 0.9·2 + 1.6    = 3.4,  w = 0.8 − 0.34  = 0.46
        // step 3: g = 0.92, b = 0.9·3.4 + 0.92 = 3.98, w = 0.46 − 0.398 = 0.062
        AssertPath([0.8, 0.46, 0.062], ThreeStepsOnSquare(new Momentum(0.1, momentum: 0.9)));
    }

    [Fact]
    public void Momentum_with_dampening_scales_later_gradients_only()
    {
        // α = 0.1, μ = 0.5, τ = 0.5: b starts as g (no dampening on the first step), then b ← 0.5b + 0.5g
        // step 1: g = 2,    b = 2,                      w = 1 − 0.2     = 0.8
        // step 2: g = 1.6,  b = 0.5·2 + 0.5·1.6 = 1.8,  w = 0.8 − 0.18  = 0.62
        // step 3: g = 1.24, b = 0.5·1.8 + 0.5·1.24 = 1.52, w = 0.62 − 0.152 = 0.468
        AssertPath([0.8, 0.62, 0.468], ThreeStepsOnSquare(new Momentum(0.1, momentum: 0.5, dampening: 0.5)));
    }

    [Fact]
    public void Nesterov_looks_ahead_along_the_buffer()
    {
        // α = 0.1, μ = 0.9: b ← μb + g (b starts as g), w ← w − α(g + μb)
        // step 1: g = 2,      b = 2,                          w = 1 − 0.1(2 + 1.8)           = 0.62
        // step 2: g = 1.24,   b = 0.9·2 + 1.24      = 3.04,   w = 0.62 − 0.1(1.24 + 2.736)   = 0.2224
        // step 3: g = 0.4448, b = 0.9·3.04 + 0.4448 = 3.1808, w = 0.2224 − 0.1(0.4448 + 2.86272) = −0.108352
        AssertPath([0.62, 0.2224, -0.108352], ThreeStepsOnSquare(new Nesterov(0.1, momentum: 0.9)));
    }

    [Fact]
    public void Adagrad_divides_by_the_root_of_the_summed_squares()
    {
        // α = 0.1, ε = 1e-10: s ← s + g², w ← w − α·g/(√s + ε)
        // step 1: g = 2,          s = 4,                 √s = 2,          w = 1 − 0.1·2/2            = 0.900000000005
        //         (ε shows in the 12th digit: 0.2/(2 + 1e-10) = 0.099999999995)
        // step 2: g = 1.80000000001, s = 4 + 3.24 = 7.24, √s = 2.69072481,  w = 0.9 − 0.18/2.69072481  = 0.833103526845
        // step 3: g = 1.66620705, s = 7.24 + 2.77624594 = 10.01624595, √s = 3.16484533, w = 0.83310353 − 0.166620705/3.16484533 = 0.780456181357
        AssertPath([0.900000000005, 0.833103526845, 0.780456181357], ThreeStepsOnSquare(new Adagrad(0.1)));
    }

    [Fact]
    public void RMSprop_divides_by_the_root_of_the_running_mean_square()
    {
        // α = 0.01, ρ = 0.99, ε = 1e-8: v ← 0.99v + 0.01g², w ← w − α·g/(√v + ε)
        // step 1: g = 2,          v = 0.01·4 = 0.04,                  √v = 0.2,        w = 1 − 0.02/0.2           = 0.900000005
        // step 2: g = 1.80000001, v = 0.99·0.04 + 0.01·3.24 = 0.072,  √v = 0.26832816, w = 0.9 − 0.018/0.26832816  = 0.832917967970
        // step 3: g = 1.66583594, v = 0.99·0.072 + 0.01·2.77500940 = 0.09903009, √v = 0.31469047,
        //         w = 0.83291797 − 0.0166583594/0.31469047 = 0.779982273244
        AssertPath([0.900000005, 0.832917967970, 0.779982273244], ThreeStepsOnSquare(new RMSprop(0.01)));
    }

    [Fact]
    public void Adam_first_step_moves_by_the_learning_rate_then_bias_correction_fades()
    {
        // α = 0.1, β₁ = 0.9, β₂ = 0.999, ε = 1e-8; m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ), w ← w − α·m̂/(√v̂ + ε)
        // step 1: g = 2,          m = 0.2,                   v = 0.004,                      m̂ = 2,          v̂ = 4,          w = 1 − 0.1·2/2 = 0.9000000005
        // step 2: g = 1.800000001, m = 0.18 + 0.18 = 0.36,   v = 0.003996 + 0.00324 = 0.007236, m̂ = 0.36/0.19 = 1.89473684, v̂ = 0.007236/0.001999 = 3.61980991,
        //         √v̂ = 1.90257980, w = 0.9 − 0.1·1.89473684/1.90257980 = 0.800412228692
        // step 3: g = 1.60082446, m = 0.324 + 0.16008245 = 0.48408245, v = 0.00722876 + 0.00256264 = 0.00979140,
        //         m̂ = 0.48408245/0.271 = 1.78628209, v̂ = 0.00979140/0.002997001 = 3.26706696, √v̂ = 1.80750296,
        //         w = 0.80041223 − 0.1·1.78628209/1.80750296 = 0.701586272946
        AssertPath([0.9000000005, 0.800412228692, 0.701586272946], ThreeStepsOnSquare(new Adam(0.1)));
    }

    [Fact]
    public void AdamW_shrinks_w_before_the_Adam_step()
    {
        // α = 0.1, λ = 0.01: w ← w(1 − αλ) = 0.999w first, then the Adam step with the gradient taken before the shrink
        // step 1: g = 2,           w = 0.999,                m̂ = 2, v̂ = 4,                            w = 0.999 − 0.1 = 0.8990000005
        // step 2: g = 1.798000001, w = 0.8981010005,         m = 0.3598, v = 0.0072288040, m̂ = 1.89368421, v̂ = 3.61621011,
        //         w = 0.8981010005 − 0.1·1.89368421/1.90163353 = 0.798519027169
        // step 3: g = 1.59703805,  w = 0.7977205081,         m = 0.48352381, v = 0.00977211, m̂ = 1.78422068, v̂ = 3.26062812,
        //         w = 0.7977205081 − 0.1·1.78422068/1.80572094 = 0.698911183158
        AssertPath([0.8990000005, 0.798519027169, 0.698911183158], ThreeStepsOnSquare(new AdamW(0.1)));
    }
}
