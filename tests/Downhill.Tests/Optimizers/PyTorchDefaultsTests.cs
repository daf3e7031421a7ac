namespace Downhill.Tests.Optimizers;

/// <summary>The default hyper-parameters equal torch.optim's (PyTorch 2.x documentation).</summary>
public class PyTorchDefaultsTests
{
    [Fact]
    public void Gradient_descent_has_no_default_rate_and_no_weight_decay()
    {
        var sgd = new GradientDescent(0.1);
        Assert.Equal(0.0, sgd.WeightDecay);
    }

    [Fact]
    public void Momentum_and_Nesterov_use_zero_dampening_and_zero_weight_decay()
    {
        var momentum = new Momentum(0.1);
        Assert.Equal(0.0, momentum.Dampening);
        Assert.Equal(0.0, momentum.WeightDecay);
        Assert.Equal(0.9, momentum.MomentumFactor);
        var nesterov = new Nesterov(0.1);
        Assert.Equal(0.0, nesterov.WeightDecay);
        Assert.Equal(0.9, nesterov.MomentumFactor);
    }

    [Fact]
    public void Adagrad_defaults_match_torch()
    {
        var adagrad = new Adagrad();
        Assert.Equal(0.01, adagrad.LearningRate);
        Assert.Equal(0.0, adagrad.LearningRateDecay);
        Assert.Equal(0.0, adagrad.WeightDecay);
        Assert.Equal(0.0, adagrad.InitialAccumulator);
        Assert.Equal(1e-10, adagrad.Epsilon);
    }

    [Fact]
    public void RMSprop_defaults_match_torch()
    {
        var rmsprop = new RMSprop();
        Assert.Equal(0.01, rmsprop.LearningRate);
        Assert.Equal(0.99, rmsprop.Alpha);
        Assert.Equal(1e-8, rmsprop.Epsilon);
        Assert.Equal(0.0, rmsprop.WeightDecay);
        Assert.Equal(0.0, rmsprop.MomentumFactor);
        Assert.False(rmsprop.Centered);
    }

    [Fact]
    public void Adam_defaults_match_torch()
    {
        var adam = new Adam();
        Assert.Equal(1e-3, adam.LearningRate);
        Assert.Equal(0.9, adam.Beta1);
        Assert.Equal(0.999, adam.Beta2);
        Assert.Equal(1e-8, adam.Epsilon);
        Assert.Equal(0.0, adam.WeightDecay);
        Assert.False(adam.AmsGrad);
    }

    [Fact]
    public void AdamW_defaults_match_torch()
    {
        var adamW = new AdamW();
        Assert.Equal(1e-3, adamW.LearningRate);
        Assert.Equal(0.9, adamW.Beta1);
        Assert.Equal(0.999, adamW.Beta2);
        Assert.Equal(1e-8, adamW.Epsilon);
        Assert.Equal(0.01, adamW.WeightDecay);
        Assert.False(adamW.AmsGrad);
    }
}
