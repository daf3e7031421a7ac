namespace Downhill.Tests.Optimizers;

/// <summary>
/// The optional branches (centered RMSprop with momentum, AMSGrad on a fixed gradient sequence 2, 0.1, 0.1 from
/// w₀ = 1, where a falling gradient makes them differ; Adagrad's decay and starting accumulator on w²), by hand.
/// </summary>
public class OptionBranchesByHandTests
{
    private const double Tolerance = 1e-11;

    private static double[] Follow(Optimizer optimizer, params double[] gradients)
    {
        var w = new[] { 1.0 };
        return gradients.Select(g =>
        {
            optimizer.Step(w, [g]);
            return w[0];
        }).ToArray();
    }

    [Fact]
    public void Centered_RMSprop_with_momentum()
    {
        // α = 0.01, ρ = 0.9, μ = 0.5: v ← 0.9v + 0.1g², ḡ ← 0.9ḡ + 0.1g, d = √(v − ḡ²) + ε, b ← 0.5b + g/d, w ← w − αb
        // step 1: g = 2:   v = 0.4,    ḡ = 0.2,   d = √(0.4 − 0.04) = 0.6,          b = 3.33333333,            w = 0.966666667222
        // step 2: g = 0.1: v = 0.361,  ḡ = 0.19,  d = √(0.361 − 0.0361) = 0.57,     b = 1.66666666 + 0.1754386 = 1.84210523, w = 0.948245614899
        // step 3: g = 0.1: v = 0.3259, ḡ = 0.181, d = √(0.3259 − 0.032761) = 0.54142313, b = 0.92105262 + 0.18469842 = 1.10575104, w = 0.937188104492
        var path = Follow(new RMSprop(0.01, alpha: 0.9, momentum: 0.5, centered: true), 2, 0.1, 0.1);
        Assert.Equal(0.966666667222, path[0], Tolerance);
        Assert.Equal(0.948245614899, path[1], Tolerance);
        Assert.Equal(0.937188104492, path[2], Tolerance);
    }

    [Fact]
    public void AMSGrad_keeps_the_largest_second_moment()
    {
        // α = 0.1, β₁ = 0.9, β₂ = 0.5: v = 2, then 1.005, then 0.5075 — but AMSGrad divides by max v = 2 throughout.
        // plain Adam step 2: denominator √1.005/√0.75 = 1.15758370, w = 0.9 − (0.1/0.19)·0.19/1.15758370 = 0.813613158688
        // AMSGrad    step 2: denominator √2/√0.75     = 1.63299317, w = 0.9 − 0.1/1.63299317               = 0.838762757305
        // AMSGrad    step 3: m = 0.181, m̂ = 0.181/0.271 = 0.66789668, denominator √2/√0.875 = 1.51185789, w = 0.794585544747
        var plain = Follow(new Adam(0.1, beta2: 0.5), 2, 0.1, 0.1);
        var ams = Follow(new Adam(0.1, beta2: 0.5, amsGrad: true), 2, 0.1, 0.1);
        Assert.Equal(0.9000000005, plain[0], Tolerance);
        Assert.Equal(0.813613158688, plain[1], Tolerance);
        Assert.Equal(0.725914029406, plain[2], Tolerance);
        Assert.Equal(0.9000000005, ams[0], Tolerance);
        Assert.Equal(0.838762757305, ams[1], Tolerance);
        Assert.Equal(0.794585544747, ams[2], Tolerance);
    }

    [Fact]
    public void Adagrad_with_learning_rate_decay_and_a_starting_accumulator()
    {
        // Q = w² (g = 2w) from 1; α = 0.1, lr_decay η = 0.5, s₀ = 1: s ← s + g², α_t = α/(1 + (t − 1)η), w ← w − α_t·g/(√s + ε)
        // step 1: g = 2,          s = 1 + 4 = 5,                   α₁ = 0.1,    w = 1 − 0.1·2/2.23606798          = 0.910557280904
        // step 2: g = 1.82111456, s = 5 + 3.31645825 = 8.31645825, α₂ = 0.0667, w = 0.91055728 − 0.0667·1.82111456/2.88382701 = 0.868457794057
        // step 3: g = 1.73691559, s = 8.31645825 + 3.01687576 = 11.33333401, α₃ = 0.05, w = 0.86845779 − 0.05·1.73691559/3.36650175 = 0.842660754296
        var adagrad = new Adagrad(0.1, learningRateDecay: 0.5, initialAccumulator: 1);
        var w = new[] { 1.0 };
        var path = new double[3];
        for (var k = 0; k < 3; k++)
        {
            adagrad.Step(w, [2 * w[0]]);
            path[k] = w[0];
        }
        Assert.Equal(0.910557280904, path[0], Tolerance);
        Assert.Equal(0.868457794057, path[1], Tolerance);
        Assert.Equal(0.842660754296, path[2], Tolerance);
    }

    [Fact]
    public void Adam_with_L2_weight_decay_folds_lambda_w_into_the_gradient()
    {
        // Q = w² from 1, α = 0.1, λ = 0.5: Adam sees g = 2w + 0.5w = 2.5w (unlike AdamW, which shrinks w instead).
        // step 1: g = 2.5,        m = 0.25,       v = 0.00625,   m̂ = 2.5,        √v̂ = 2.5,        w = 1 − 0.1·2.5/2.50000001 = 0.9000000004
        // step 2: g = 2.250000001, m = 0.45,      v = 0.01130625, m̂ = 2.36842105, √v̂ + ε = 2.37822476, w = 0.800412228488
        // step 3: g = 2.00103057, m = 0.60510306, v = 0.01529907, m̂ = 2.23285261, √v̂ + ε = 2.25937871, w = 0.701586272634
        var adam = new Adam(0.1, weightDecay: 0.5);
        var w = new[] { 1.0 };
        var path = new double[3];
        for (var k = 0; k < 3; k++)
        {
            adam.Step(w, [2 * w[0]]);
            path[k] = w[0];
        }
        Assert.Equal(0.9000000004, path[0], Tolerance);
        Assert.Equal(0.800412228488, path[1], Tolerance);
        Assert.Equal(0.701586272634, path[2], Tolerance);
    }
}
