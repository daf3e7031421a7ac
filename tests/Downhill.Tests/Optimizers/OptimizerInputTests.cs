namespace Downhill.Tests.Optimizers;

/// <summary>Bad hyper-parameters and mismatched vectors fail with one clear sentence; any vector length works.</summary>
public class OptimizerInputTests
{
    public static TheoryData<double, string> BadRates => new()
    {
        { double.NaN, "learning rate must be a positive, finite number; got NaN." },
        { double.PositiveInfinity, "learning rate must be a positive, finite number; got ∞." },
        { -0.1, "learning rate must be a positive, finite number; got -0.1." },
        { 0, "learning rate must be a positive, finite number; got 0." },
    };

    public static IEnumerable<Func<double, Optimizer>> Makers =>
    [
        a => new GradientDescent(a), a => new Momentum(a), a => new Nesterov(a), a => new Adagrad(a),
        a => new RMSprop(a), a => new Adam(a), a => new AdamW(a),
    ];

    public static TheoryData<string> Names => new() { "GD", "Momentum", "Nesterov", "Adagrad", "RMSprop", "Adam", "AdamW" };

    private static Optimizer Make(string name, double rate = 0.01) =>
        Makers.Select(m => m(rate)).Single(o => o.Name == name);

    [Theory]
    [MemberData(nameof(BadRates))]
    public void Every_optimizer_rejects_a_bad_learning_rate_in_the_constructor_and_the_setter(double rate, string message)
    {
        foreach (var make in Makers)
        {
            Assert.Equal(message, Assert.Throws<ArgumentException>(() => make(rate)).Message);
            var optimizer = make(0.01);
            Assert.Equal(message, Assert.Throws<ArgumentException>(() => optimizer.LearningRate = rate).Message);
            Assert.Equal(0.01, optimizer.LearningRate);
        }
    }

    [Fact]
    public void Hyper_parameters_outside_their_range_are_named_in_the_message()
    {
        Assert.Equal("momentum μ must be at least 0 and below 1; got 1.",
            Assert.Throws<ArgumentException>(() => new Momentum(0.1, momentum: 1)).Message);
        Assert.Equal("Nesterov's momentum μ must be above 0 and below 1; got 0.",
            Assert.Throws<ArgumentException>(() => new Nesterov(0.1, momentum: 0)).Message);
        Assert.Equal("β₂ (beta2) must be at least 0 and below 1; got 1.",
            Assert.Throws<ArgumentException>(() => new Adam(beta2: 1)).Message);
        Assert.Equal("ε (epsilon) must be a positive, finite number; got 0.",
            Assert.Throws<ArgumentException>(() => new RMSprop(epsilon: 0)).Message);
        Assert.Equal("weight decay must be a finite number of at least 0; got -0.01.",
            Assert.Throws<ArgumentException>(() => new AdamW(weightDecay: -0.01)).Message);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void A_gradient_of_the_wrong_length_is_refused(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => Make(name).Step([1.0, 2.0], [1.0]));
        Assert.Equal($"{name} needs one gradient value per parameter; got 2 parameter(s) and 1 gradient value(s).", error.Message);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Empty_parameters_are_refused(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => Make(name).Step([], []));
        Assert.Equal($"{name} needs at least one parameter to update; got an empty vector.", error.Message);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Changing_the_vector_length_without_a_reset_is_refused_and_a_reset_allows_it(string name)
    {
        var optimizer = Make(name);
        optimizer.Step([1.0, 2.0], [0.5, 0.5]);
        var error = Assert.Throws<ArgumentException>(() => optimizer.Step([1.0, 2.0, 3.0], [1.0, 1.0, 1.0]));
        Assert.Equal($"{name} was stepping 2 parameter(s) and now got 3; call Reset() before using it on another problem.", error.Message);
        optimizer.Reset();
        var w = new[] { 1.0, 2.0, 3.0 };
        optimizer.Step(w, [1.0, 1.0, 1.0]);
        Assert.All(w, (v, i) => Assert.True(v < i + 1.0, $"coordinate {i} should move downhill"));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Works_on_a_long_vector_coordinate_by_coordinate(string name)
    {
        // On Q(w) = Σ wᵢ² every optimizer here treats coordinates independently, so a 100-long vector
        // of equal entries must move exactly like a 1-long vector.
        var single = Make(name);
        var wide = Make(name);
        var w1 = new[] { 1.5 };
        var wn = Enumerable.Repeat(1.5, 100).ToArray();
        for (var k = 0; k < 5; k++)
        {
            single.Step(w1, [2 * w1[0]]);
            wide.Step(wn, wn.Select(v => 2 * v).ToArray());
        }
        Assert.All(wn, v => Assert.Equal(w1[0], v));
        Assert.NotEqual(1.5, w1[0]);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Reset_forgets_the_state_so_a_second_run_repeats_the_first(string name)
    {
        var optimizer = Make(name);
        double[] Run()
        {
            var w = new[] { 1.0, -2.0 };
            for (var k = 0; k < 4; k++) optimizer.Step(w, [2 * w[0], 2 * w[1]]);
            return w;
        }
        var first = Run();
        optimizer.Reset();
        Assert.Equal(first, Run());
    }

    [Fact]
    public void ToString_names_the_optimizer_and_its_rate_for_legends()
    {
        Assert.Equal("Adam α=0.001", new Adam().ToString());
        Assert.Equal("GD α=0.4", new GradientDescent(0.4).ToString());
    }
}
