namespace Downhill;

/// <summary>The non-linearity a network's hidden units apply to their weighted sum.</summary>
public enum Activation
{
    /// <summary>tanh z: smooth, between −1 and 1, derivative 1 − tanh²z.</summary>
    Tanh,

    /// <summary>max(z, 0): zero below 0, the identity above, derivative 0 or 1.</summary>
    Relu,
}

/// <summary>How a network's weights are drawn before training. Biases always start at 0.</summary>
public enum Initialization
{
    /// <summary>
    /// Xavier (Glorot) normal: each weight from a normal distribution with σ = √(2 / (fan-in + fan-out)), which keeps
    /// tanh units' signals about the same size from layer to layer. The usual choice for tanh.
    /// </summary>
    Xavier,

    /// <summary>He (Kaiming) normal: σ = √(2 / fan-in), which makes up for relu zeroing half its inputs. The usual choice for relu.</summary>
    He,

    /// <summary>Every weight 0: a start that looks neutral and is a trap — every hidden unit stays identical for ever.</summary>
    Zeros,
}

/// <summary>Which machinery computes a network's gradient.</summary>
public enum GradientPath
{
    /// <summary>Layer by layer over arrays of numbers: the same chain rule as the engine, fast enough for hundreds of points.</summary>
    Arrays,

    /// <summary>The scalar autodiff engine (<see cref="Value"/>): a graph of every multiply and add, then Backward().</summary>
    Engine,
}

internal static class Activations
{
    public static double Apply(Activation activation, double z) => activation == Activation.Tanh ? Math.Tanh(z) : Math.Max(z, 0);

    /// <summary>The derivative at the weighted sum z, given a = f(z) (tanh's is neatest from a).</summary>
    public static double Derivative(Activation activation, double z, double a) =>
        activation == Activation.Tanh ? 1 - a * a : z > 0 ? 1 : 0;

    public static Value Apply(Activation activation, Value z) => activation == Activation.Tanh ? z.Tanh() : z.Relu();

    public static string Name(Activation activation) => activation == Activation.Tanh ? "tanh" : "relu";
}
