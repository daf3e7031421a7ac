namespace Downhill.Tests.Losses;

/// <summary>Bad predictions, targets and classes fail with one clear sentence.</summary>
public class LossInputTests
{
    [Fact]
    public void Predictions_and_targets_must_pair_up()
    {
        var error = Assert.Throws<ArgumentException>(() => Loss.MeanSquaredError().Value([1.0, 2.0], [1.0]));
        Assert.Equal("mean squared error pairs each prediction with a target; got 2 prediction(s) and 1 target(s).", error.Message);
    }

    [Fact]
    public void Empty_predictions_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Loss.MeanAbsoluteError().Value([], []));
        Assert.Equal("the predictions must not be empty; give at least one value.", error.Message);
    }

    [Fact]
    public void A_non_finite_prediction_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Loss.Huber().Gradient([1.0, double.PositiveInfinity], [0.0, 0.0]));
        Assert.Equal("the predictions must contain only finite numbers; got ∞ at position 1.", error.Message);
    }

    [Fact]
    public void Cross_entropy_targets_must_lie_between_zero_and_one()
    {
        var error = Assert.Throws<ArgumentException>(() => Loss.BinaryCrossEntropyFromLogits().Value([0.3, 0.1], [1.0, 2.0]));
        Assert.Equal("binary cross-entropy needs targets between 0 and 1 (class labels or probabilities); got 2 at position 1.", error.Message);
    }

    [Fact]
    public void Huber_needs_a_positive_delta()
    {
        Assert.Equal("Huber's threshold δ must be a positive, finite number; got 0.",
            Assert.Throws<ArgumentException>(() => Loss.Huber(0)).Message);
    }

    [Fact]
    public void Logit_helpers_refuse_non_finite_logits()
    {
        Assert.Equal("the logit must be a finite number; got NaN.", Assert.Throws<ArgumentException>(() => Logits.Sigmoid(double.NaN)).Message);
        Assert.Equal("the logit must be a finite number; got -∞.", Assert.Throws<ArgumentException>(() => Logits.Softplus(double.NegativeInfinity)).Message);
        Assert.Equal("the logits must contain only finite numbers; got NaN at position 1.",
            Assert.Throws<ArgumentException>(() => Logits.Softmax([0.0, double.NaN])).Message);
    }
}
