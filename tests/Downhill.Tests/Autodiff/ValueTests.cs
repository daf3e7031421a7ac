namespace Downhill.Tests.Autodiff;

/// <summary>
/// The engine against two independent references: derivatives written by hand (forward-mode dual numbers, below,
/// which share no code with the engine) and central differences (<see cref="GradientCheck"/>), on seeded random expressions.
/// </summary>
public sealed class ValueTests
{
    /// <summary>A number and its derivative along one input: each operation's rule written out by hand.</summary>
    private readonly record struct Dual(double V, double D)
    {
        public static Dual operator +(Dual a, Dual b) => new(a.V + b.V, a.D + b.D);
        public static Dual operator -(Dual a, Dual b) => new(a.V - b.V, a.D - b.D);
        public static Dual operator *(Dual a, Dual b) => new(a.V * b.V, a.D * b.V + a.V * b.D);
        public static Dual operator /(Dual a, Dual b) => new(a.V / b.V, (a.D * b.V - a.V * b.D) / (b.V * b.V));
        public Dual Pow(double n) => new(Math.Pow(V, n), n * Math.Pow(V, n - 1) * D);
        public Dual Exp() => new(Math.Exp(V), Math.Exp(V) * D);
        public Dual Log() => new(Math.Log(V), D / V);
        public Dual Tanh() => new(Math.Tanh(V), (1 - Math.Tanh(V) * Math.Tanh(V)) * D);
        public Dual Relu() => new(Math.Max(V, 0), V > 0 ? D : 0);
        public Dual Sigmoid() => new(1 / (1 + Math.Exp(-V)), Math.Exp(-V) / Math.Pow(1 + Math.Exp(-V), 2) * D);
        public Dual Softplus() => new(Math.Log(1 + Math.Exp(V)), D / (1 + Math.Exp(-V)));
    }

    /// <summary>
    /// A random expression in three inputs, written once and evaluated three ways. Every operation stays in a safe range
    /// (log and division of something ≥ 0.5, powers of something positive, exp of something bounded by tanh).
    /// </summary>
    private static T Expression<T>(Random random, T[] x, int depth,
        Func<T, T, T> add, Func<T, T, T> sub, Func<T, T, T> mul, Func<T, T, T> div, Func<T, double, T> pow,
        Func<T, T> exp, Func<T, T> log, Func<T, T> tanh, Func<T, T> relu, Func<T, T> sigmoid, Func<T, T> softplus, Func<double, T> constant)
    {
        T Build(int d)
        {
            if (d == 0) return random.Next(4) == 0 ? constant(Math.Round(random.NextDouble() * 4 - 2, 2)) : x[random.Next(x.Length)];
            T Sub() => Build(d - 1);
            T Positive() => add(softplus(Sub()), constant(0.5)); // ≥ 0.5
            return random.Next(11) switch
            {
                0 => add(Sub(), Sub()),
                1 => sub(Sub(), Sub()),
                2 => mul(Sub(), Sub()),
                3 => div(Sub(), Positive()),
                4 => pow(Positive(), random.Next(2) == 0 ? 2 : -1.5),
                5 => exp(tanh(Sub())),
                6 => log(Positive()),
                7 => tanh(Sub()),
                8 => relu(Sub()),
                9 => sigmoid(Sub()),
                _ => softplus(Sub()),
            };
        }
        return Build(depth);
    }

    private static Value EngineExpression(int seed, Value[] x) => Expression(new Random(seed), x, 4,
        (a, b) => a + b, (a, b) => a - b, (a, b) => a * b, (a, b) => a / b, (a, n) => a.Pow(n),
        a => a.Exp(), a => a.Log(), a => a.Tanh(), a => a.Relu(), a => a.Sigmoid(), a => a.Softplus(), c => c);

    private static Dual DualExpression(int seed, Dual[] x) => Expression(new Random(seed), x, 4,
        (a, b) => a + b, (a, b) => a - b, (a, b) => a * b, (a, b) => a / b, (a, n) => a.Pow(n),
        a => a.Exp(), a => a.Log(), a => a.Tanh(), a => a.Relu(), a => a.Sigmoid(), a => a.Softplus(), c => new Dual(c, 0));

    [Fact]
    public void On_200_random_expressions_the_engine_matches_hand_derivatives_and_central_differences()
    {
        var points = new Random(20);
        for (var seed = 0; seed < 200; seed++)
        {
            double[] at = [points.NextDouble() * 4 - 2, points.NextDouble() * 4 - 2, points.NextDouble() * 4 - 2];
            var leaves = at.Select((v, k) => new Value(v, $"x{k}")).ToArray();
            var output = EngineExpression(seed, leaves);
            output.Backward();
            var engine = leaves.Select(l => l.Grad).ToArray();

            var byHand = Enumerable.Range(0, 3).Select(k =>
                DualExpression(seed, at.Select((v, j) => new Dual(v, j == k ? 1 : 0)).ToArray()).D).ToArray();
            Assert.Equal(DualExpression(seed, at.Select(v => new Dual(v, 0)).ToArray()).V, output.Data, 12);
            for (var k = 0; k < 3; k++)
                Assert.True(Math.Abs(engine[k] - byHand[k]) <= 1e-12 * Math.Max(1, Math.Abs(byHand[k])),
                    $"expression {seed} at [{string.Join(", ", at)}], ∂/∂x{k}: engine {engine[k]:R}, by hand {byHand[k]:R}");

            var numeric = GradientCheck.Numerical(w => EngineExpression(seed, w.Select(v => new Value(v)).ToArray()).Data, at);
            for (var k = 0; k < 3; k++)
                Assert.True(Math.Abs(engine[k] - numeric[k]) <= 1e-5 * Math.Max(1, Math.Abs(numeric[k])),
                    $"expression {seed}, ∂/∂x{k}: engine {engine[k]:R}, central differences {numeric[k]:R}");
        }
    }

    [Fact]
    public void A_single_tanh_neuron_has_the_gradients_of_the_chain_rule()
    {
        var (w, x, b) = (new Value(-0.5, "w"), new Value(2.0, "x"), new Value(0.3, "b"));
        var output = (w * x + b).Tanh();
        output.Backward();
        var slope = 1 - Math.Pow(Math.Tanh(-0.7), 2);
        Assert.Equal(Math.Tanh(-0.7), output.Data, 15);
        Assert.Equal(slope * 2.0, w.Grad, 15);
        Assert.Equal(slope * -0.5, x.Grad, 15);
        Assert.Equal(slope, b.Grad, 15);
    }

    [Fact]
    public void A_value_used_twice_collects_both_gradients_and_separate_outputs_accumulate()
    {
        var x = new Value(3.0, "x");
        (x * x).Backward();
        Assert.Equal(6, x.Grad);                 // d(x²)/dx = 2x: one contribution per use
        (x * 4).Backward();                      // another output through the same leaf adds to its gradient
        Assert.Equal(10, x.Grad);
        x.Grad = 0;
        (x + x + x).Backward();
        Assert.Equal(3, x.Grad);
    }

    [Fact]
    public void Backward_twice_without_zeroing_is_refused_with_a_sentence_and_ZeroGrad_clears_every_gradient()
    {
        var a = new Value(2.0, "a");
        var loss = (a * a + 1).Log();
        loss.Backward();
        var first = a.Grad;
        var refused = Assert.Throws<InvalidOperationException>(loss.Backward);
        Assert.Contains("ZeroGrad()", refused.Message);
        Assert.Contains("double every gradient", refused.Message);
        Assert.Equal(first, a.Grad); // nothing was added by the refused call

        loss.ZeroGrad();
        Assert.All(loss.TopologicalOrder(), v => Assert.Equal(0, v.Grad));
        loss.Backward();
        Assert.Equal(first, a.Grad);
        Assert.Equal(2 * 2.0 / 5, first, 15);
    }

    [Fact]
    public void Non_finite_numbers_are_refused_where_they_appear_with_the_operation_named()
    {
        Assert.Contains("finite", Assert.Throws<ArgumentException>(() => new Value(double.NaN, "w")).Message);
        var zero = new Value(0.0, "z");
        var log = Assert.Throws<InvalidOperationException>(() => zero.Log());
        Assert.Contains("log of z = 0", log.Message);
        var big = new Value(1000.0, "big");
        Assert.Contains("exp", Assert.Throws<InvalidOperationException>(() => big.Exp()).Message);
        Assert.Contains("by a Value that is 0", Assert.Throws<DivideByZeroException>(() => big / zero).Message);
        Assert.Equal(1000, big.Softplus().Data, 12); // softplus of a large number stays finite
    }

    [Fact]
    public void A_graph_hundreds_of_thousands_of_operations_deep_runs_backward_without_overflowing_the_stack()
    {
        var x = new Value(1.0, "x");
        var sum = x;
        for (var k = 0; k < 200_000; k++) sum += x * 5e-6;
        sum.Backward();
        Assert.Equal(2, x.Grad, 9);
        Assert.Equal(1 + 3 * 200_000, sum.TopologicalOrder().Count); // x, then per step a constant, a product and a sum
    }

    [Fact]
    public void The_topological_order_puts_every_value_after_its_inputs()
    {
        var a = new Value(1.5, "a");
        var b = new Value(-2.0, "b");
        var c = a * b;
        var d = (c + a).Tanh() * c;
        var order = d.TopologicalOrder();
        var position = new Dictionary<Value, int>(ReferenceEqualityComparer.Instance);
        for (var k = 0; k < order.Count; k++) position[order[k]] = k;
        Assert.All(order, v => Assert.All(v.Inputs, input => Assert.True(position[input] < position[v])));
        Assert.Same(d, order[^1]);
        Assert.Equal(order.Count, order.Distinct(ReferenceEqualityComparer.Instance).Count());
    }

    [Fact]
    public void The_computation_graph_shows_every_value_with_data_and_gradient_and_fits_800_pixels()
    {
        var (w, x, b) = (new Value(-0.5, "w"), new Value(2.0, "x"), new Value(0.3, "b"));
        var n = w * x + b;
        n.Label = "n";
        var output = n.Tanh();
        output.Label = "out";
        output.Backward();
        var plot = Plots.ComputationGraph(output);
        var json = plot.ToJson();
        Assert.Contains("out (tanh)", json); // (the JSON escapes the bold tags)
        Assert.Contains("grad 1", json);
        Assert.True((int)System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("layout").GetProperty("width").GetDouble() <= 800);

        Value big = 0;
        for (var k = 0; k < 40; k++) big += x * k;
        Assert.Contains("small expressions", Assert.Throws<ArgumentException>(() => Plots.ComputationGraph(big)).Message);
    }
}
