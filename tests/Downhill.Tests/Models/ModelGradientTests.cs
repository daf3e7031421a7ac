namespace Downhill.Tests.Models;

/// <summary>Every model's analytic gradient agrees with central differences of its loss, at many random parameter vectors.</summary>
public sealed class ModelGradientTests
{
    private static readonly Dataset Regression = TestData.NoisyLine(seed: 5, count: 40, noise: 2);
    private static readonly Dataset TwoClasses = Synthetic.TwoMoons(seed: 5, count: 40, noise: 0.3);
    private static readonly Dataset ThreeClasses = new(
        Enumerable.Range(0, 30).Select(i => new[] { Math.Sin(i), Math.Cos(3 * i), i / 10.0 }).ToArray(),
        Enumerable.Range(0, 30).Select(i => (double)(i % 3)).ToArray(),
        classNames: ["a", "b", "c"]);

    public static TheoryData<string> Models => ["linear", "linear-huber", "logistic", "softmax"];

    private static (Model Model, Dataset Data) Make(string kind) => kind switch
    {
        "linear" => (LinearRegression.For(Regression), Regression),
        "linear-huber" => (LinearRegression.For(Regression, Loss.Huber(delta: 1.5)), Regression),
        "logistic" => (LogisticRegression.For(TwoClasses), TwoClasses),
        _ => (SoftmaxRegression.For(ThreeClasses), ThreeClasses),
    };

    [Theory]
    [MemberData(nameof(Models))]
    public void The_analytic_gradient_matches_central_differences(string kind)
    {
        var (model, data) = Make(kind);
        var random = new Random(11);
        for (var trial = 0; trial < 25; trial++)
        {
            var point = Enumerable.Range(0, model.Parameters.Length).Select(_ => 6 * random.NextDouble() - 3).ToArray();

            var check = GradientCheck.Compare(
                w => { model.SetParameters(w); return model.Loss(data); },
                w => { model.SetParameters(w); return model.Gradient(data); },
                point);

            Assert.True(check.Passes(1e-6), $"{kind} at [{string.Join(", ", point)}]: {check}");
        }
    }

    [Fact]
    public void Logistic_loss_stays_finite_for_logits_of_a_thousand()
    {
        var data = new Dataset([[1], [1]], [0, 1], classNames: ["no", "yes"]);
        var model = LogisticRegression.For(data);
        model.SetParameters([1000, 0]);

        // Example 0: z = 1000, y = 0 → loss 1000; example 1: y = 1 → loss log(1 + e^−1000) ≈ 0. Mean 500.
        Assert.Equal(500, model.Loss(data), 9);
        // ∂/∂w = mean((σ(z) − y)·x) = (1 − 0 + 1 − 1) / 2 = 0.5.
        Assert.Equal([0.5, 0.5], model.Gradient(data));

        model.SetParameters([-1000, 0]);
        Assert.Equal(500, model.Loss(data), 9);
    }

    [Fact]
    public void Softmax_loss_stays_finite_for_logits_of_a_thousand()
    {
        var data = new Dataset([[1]], [0], classNames: ["a", "b"]);
        var model = SoftmaxRegression.For(data);
        model.SetParameters([-1000, 0, 1000, 0]); // z = (−1000, 1000), true class 0

        Assert.Equal(2000, model.Loss(data), 9);
        Assert.Equal([1.0, 0.0], Logits.Softmax(model.Logits([1])).Select(p => Math.Round(p, 12)).Reverse());
    }

    [Fact]
    public void Linear_regression_takes_another_loss_by_the_chain_rule()
    {
        var data = new Dataset([[1], [2]], [3, 3]);
        var model = new LinearRegression(1, Loss.MeanAbsoluteError());
        model.SetParameters([1, 0]); // predictions 1, 2; errors −2, −1

        Assert.Equal("mean absolute error", model.LossName);
        Assert.Equal((2 + 1) / 2.0, model.Loss(data));
        // ∂/∂w = mean(sign(e)·x) = (−1 − 2)/2; ∂/∂b = mean(sign(e)) = −1.
        Assert.Equal([-1.5, -1.0], model.Gradient(data));
    }

    [Fact]
    public void Linear_regression_loss_is_the_mean_squared_error()
    {
        var data = new Dataset([[1], [2]], [3, 3]);
        var model = new LinearRegression(1);
        model.SetParameters([1, 0]); // predictions 1, 2; errors −2, −1

        Assert.Equal((4 + 1) / 2.0, model.Loss(data));
        // ∂/∂w = mean(2·e·x) = (2·−2·1 + 2·−1·2)/2 = −4; ∂/∂b = mean(2·e) = −3.
        Assert.Equal([-4.0, -3.0], model.Gradient(data));
    }
    [Theory]
    [MemberData(nameof(Models))]
    [InlineData("mlp")]
    public void Loss_and_gradient_from_one_pass_are_the_numbers_Loss_and_Gradient_give(string kind)
    {
        var (model, data) = kind == "mlp" ? (new Mlp([2, 4, 1], Activation.Tanh, Initialization.Xavier, seed: 2), TwoClasses) : Make(kind);
        var random = new Random(12);
        for (var trial = 0; trial < 5; trial++)
        {
            model.SetParameters(Enumerable.Range(0, model.Parameters.Length).Select(_ => 2 * random.NextDouble() - 1).ToArray());

            var (loss, gradient) = model.LossAndGradient(data);

            Assert.Equal(BitConverter.DoubleToInt64Bits(model.Loss(data)), BitConverter.DoubleToInt64Bits(loss));
            Assert.Equal(model.Gradient(data), gradient);
            Assert.NotSame(model.LossAndGradient(data).Gradient, gradient); // a fresh array each time, the caller's to keep
        }
    }
}
