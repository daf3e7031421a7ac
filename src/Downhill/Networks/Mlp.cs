namespace Downhill;

/// <summary>
/// A multi-layer perceptron for two classes: <c>new Mlp([2, 8, 8, 1], Activation.Tanh, Initialization.Xavier, seed: 1)</c>
/// takes 2 features through two hidden layers of 8 units to one output, the logit z; P(class 1) = σ(z). Each layer
/// computes a = f(W·x + b) (the output layer leaves out f). The loss is binary cross-entropy from the logit,
/// softplus(z) − y·z, as in <see cref="LogisticRegression"/> — which is this network with no hidden layer.
/// Parameters are laid out layer after layer: W (row by row, one row per unit), then b. It trains with
/// <see cref="Trainer"/> and any <see cref="Optimizer"/> like every other model; <see cref="Gradients"/> says
/// whether the gradient comes from the array code or from the autodiff engine (the same numbers, to rounding).
/// </summary>
public sealed partial class Mlp : Classifier
{
    private readonly int[] sizes;
    private readonly int[] weightStart; // where layer ℓ's W begins in Parameters (ℓ = 1 … L; index 0 unused)
    private readonly int[] biasStart;
    private readonly string[] parameterNames;

    /// <summary>A network with the given layer sizes (features first, 1 output last), its weights drawn by <paramref name="initialization"/> from <paramref name="seed"/>.</summary>
    /// <param name="layerSizes">Units per layer, inputs first and the single output last, e.g. [2, 8, 8, 1].</param>
    /// <param name="activation">The hidden units' non-linearity.</param>
    /// <param name="initialization">How the weights are drawn (biases start at 0).</param>
    /// <param name="seed">Decides the random weights.</param>
    public Mlp(int[] layerSizes, Activation activation = Activation.Tanh, Initialization initialization = Initialization.Xavier, int seed = 0)
        : base(CheckSizes(layerSizes)[0], 2, CountParameters(layerSizes), null)
    {
        sizes = (int[])layerSizes.Clone();
        Activation = activation;
        weightStart = new int[sizes.Length];
        biasStart = new int[sizes.Length];
        var names = new List<string>();
        var at = 0;
        for (var layer = 1; layer < sizes.Length; layer++)
        {
            weightStart[layer] = at;
            for (var unit = 0; unit < sizes[layer]; unit++)
                for (var input = 0; input < sizes[layer - 1]; input++) names.Add($"W{layer}[{unit + 1},{input + 1}]");
            at += sizes[layer] * sizes[layer - 1];
            biasStart[layer] = at;
            for (var unit = 0; unit < sizes[layer]; unit++) names.Add($"b{layer}[{unit + 1}]");
            at += sizes[layer];
        }
        parameterNames = [.. names];
        Initialize(initialization, seed);
    }

    /// <inheritdoc />
    public override string Name => $"MLP {string.Join("-", sizes)} ({Activations.Name(Activation)})";

    /// <inheritdoc />
    public override string LossName => "binary cross-entropy";

    /// <inheritdoc />
    public override IReadOnlyList<string> ParameterNames => parameterNames;

    /// <summary>Units per layer, inputs first, the one output last.</summary>
    public IReadOnlyList<int> LayerSizes => sizes;

    /// <summary>The hidden units' non-linearity.</summary>
    public Activation Activation { get; }

    /// <summary>Which machinery computes the gradient when the network trains; <see cref="GradientPath.Arrays"/> unless set.</summary>
    public GradientPath Gradients { get; set; } = GradientPath.Arrays;

    /// <summary>How the current weights were drawn, in words: the scheme, its σ and the seed.</summary>
    public string InitializationDescription { get; private set; } = "";

    /// <summary>Draws every weight afresh by <paramref name="initialization"/> from <paramref name="seed"/>, and sets every bias to 0.</summary>
    public void Initialize(Initialization initialization, int seed)
    {
        var random = new Random(seed);
        Array.Clear(Parameters);
        for (var layer = 1; layer < sizes.Length; layer++)
        {
            var (fanIn, fanOut) = (sizes[layer - 1], sizes[layer]);
            var sigma = initialization switch
            {
                Initialization.Xavier => Math.Sqrt(2.0 / (fanIn + fanOut)),
                Initialization.He => Math.Sqrt(2.0 / fanIn),
                _ => 0,
            };
            for (var k = 0; k < fanIn * fanOut; k++) Parameters[weightStart[layer] + k] = sigma * Gaussian.Next(random);
        }
        InitializationDescription = initialization switch
        {
            Initialization.Xavier => $"Xavier (Glorot) normal, σ = √(2/(fan-in + fan-out)), seed {seed}",
            Initialization.He => $"He (Kaiming) normal, σ = √(2/fan-in), seed {seed}",
            _ => "all weights and biases 0",
        };
    }

    /// <summary>A network with the same layers and a copy of these parameters (changing one does not change the other).</summary>
    public Mlp Copy()
    {
        var copy = new Mlp(sizes, Activation, Initialization.Zeros) { Gradients = Gradients, InitializationDescription = InitializationDescription };
        Parameters.CopyTo(copy.Parameters, 0);
        return copy;
    }

    /// <summary>Layer <paramref name="layer"/>'s weight from input <paramref name="input"/> to unit <paramref name="unit"/> (all counted from 0; layers from 1).</summary>
    public double Weight(int layer, int unit, int input) => Parameters[WeightIndex(layer, unit, input)];

    /// <summary>Layer <paramref name="layer"/>'s bias of unit <paramref name="unit"/> (layers from 1, units from 0).</summary>
    public double BiasOf(int layer, int unit) => Parameters[BiasIndex(layer, unit)];

    /// <summary>Where W_layer[unit, input] sits in <see cref="Model.Parameters"/>.</summary>
    public int WeightIndex(int layer, int unit, int input)
    {
        CheckUnit(layer, unit);
        if (input < 0 || input >= sizes[layer - 1])
            throw new ArgumentException($"Layer {layer} has {sizes[layer - 1]} input(s), numbered from 0; got input {input}.");
        return weightStart[layer] + unit * sizes[layer - 1] + input;
    }

    /// <summary>Where b_layer[unit] sits in <see cref="Model.Parameters"/>.</summary>
    public int BiasIndex(int layer, int unit)
    {
        CheckUnit(layer, unit);
        return biasStart[layer] + unit;
    }

    /// <summary>The logit z for one example (positive means class 1 is more likely).</summary>
    public double Logit(double[] features)
    {
        CheckFeatures(features);
        return Forward(features, null, null);
    }

    /// <summary>The probability σ(z) that the example is in class 1.</summary>
    public double Probability(double[] features) => Logits.Sigmoid(Logit(features));

    /// <summary>What the units of hidden layer <paramref name="layer"/> (from 1) output for one example.</summary>
    public double[] HiddenOutputs(double[] features, int layer)
    {
        CheckFeatures(features);
        if (layer < 1 || layer >= sizes.Length - 1)
            throw new ArgumentException($"This {Name} has hidden layers 1 to {sizes.Length - 2}; got layer {layer}.");
        var outputs = NewActivations();
        Forward(features, outputs, null);
        return outputs[layer];
    }

    private protected override int MostLikelyClass(ReadOnlySpan<double> features) => Forward(features, null, null) >= 0 ? 1 : 0;

    private void CheckUnit(int layer, int unit)
    {
        if (layer < 1 || layer >= sizes.Length)
            throw new ArgumentException($"This {Name} has layers 1 to {sizes.Length - 1} (layer 0 is the input); got layer {layer}.");
        if (unit < 0 || unit >= sizes[layer])
            throw new ArgumentException($"Layer {layer} has {sizes[layer]} unit(s), numbered from 0; got unit {unit}.");
    }

    private static int[] CheckSizes(int[] layerSizes)
    {
        Guard.NotNull(layerSizes, "the layer sizes");
        if (layerSizes.Length < 2)
            throw new ArgumentException($"A network needs at least an input and an output layer, e.g. [2, 8, 1]; got {layerSizes.Length} layer size(s).");
        if (layerSizes.Any(s => s < 1))
            throw new ArgumentException($"Every layer needs at least one unit; got [{string.Join(", ", layerSizes)}].");
        if (layerSizes[^1] != 1)
            throw new ArgumentException($"This network tells two classes apart with one output (the logit), so the last layer size must be 1; got [{string.Join(", ", layerSizes)}].");
        return layerSizes;
    }

    private static int CountParameters(int[] layerSizes)
    {
        CheckSizes(layerSizes);
        long count = 0;
        for (var layer = 1; layer < layerSizes.Length; layer++) count += (long)layerSizes[layer] * (layerSizes[layer - 1] + 1);
        if (count > 50_000_000)
            throw new ArgumentException($"[{string.Join(", ", layerSizes)}] would have {count:N0} parameters; this teaching network stops at 50 million.");
        return (int)count;
    }
}
