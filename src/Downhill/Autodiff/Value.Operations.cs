namespace Downhill;

// Each operation: the forward value, and beside it the local derivative that carries the gradient back.
// "out" is the result; out.Grad is ∂L/∂out when its rule runs, and each input gets += (∂out/∂input)·out.Grad.
public sealed partial class Value
{
    /// <summary>a + b.  ∂/∂a = 1, ∂/∂b = 1.</summary>
    public static Value operator +(Value a, Value b) =>
        Make(a.Data + b.Data, "+", [a, b], o =>
        {
            a.Grad += o.Grad;
            b.Grad += o.Grad;
        });

    /// <summary>a · b.  ∂/∂a = b, ∂/∂b = a.</summary>
    public static Value operator *(Value a, Value b) =>
        Make(a.Data * b.Data, "×", [a, b], o =>
        {
            a.Grad += b.Data * o.Grad;
            b.Grad += a.Data * o.Grad;
        });

    /// <summary>aⁿ for a fixed number n.  ∂/∂a = n·aⁿ⁻¹.</summary>
    public Value Pow(double exponent)
    {
        var a = this;
        return Make(Math.Pow(a.Data, exponent), $"^{Guard.Show(exponent)}", [a], o =>
            a.Grad += exponent * Math.Pow(a.Data, exponent - 1) * o.Grad);
    }

    /// <summary>eᵃ.  ∂/∂a = eᵃ, the result itself.</summary>
    public Value Exp()
    {
        var a = this;
        return Make(Math.Exp(a.Data), "exp", [a], o => a.Grad += o.Data * o.Grad);
    }

    /// <summary>ln a (a &gt; 0).  ∂/∂a = 1/a.</summary>
    public Value Log()
    {
        var a = this;
        return Make(Math.Log(a.Data), "log", [a], o => a.Grad += o.Grad / a.Data);
    }

    /// <summary>tanh a.  ∂/∂a = 1 − tanh²a, from the result itself.</summary>
    public Value Tanh()
    {
        var a = this;
        return Make(Math.Tanh(a.Data), "tanh", [a], o => a.Grad += (1 - o.Data * o.Data) * o.Grad);
    }

    /// <summary>max(a, 0).  ∂/∂a = 1 where a &gt; 0, else 0 (at exactly 0 too, as PyTorch does).</summary>
    public Value Relu()
    {
        var a = this;
        return Make(Math.Max(a.Data, 0), "relu", [a], o => a.Grad += (a.Data > 0 ? 1 : 0) * o.Grad);
    }

    /// <summary>σ(a) = 1/(1 + e⁻ᵃ).  ∂/∂a = σ(a)·(1 − σ(a)), from the result itself.</summary>
    public Value Sigmoid()
    {
        var a = this;
        return Make(Logits.Sigmoid(a.Data), "σ", [a], o => a.Grad += o.Data * (1 - o.Data) * o.Grad);
    }

    /// <summary>
    /// softplus(a) = ln(1 + eᵃ), computed as max(a, 0) + ln(1 + e^(−|a|)) so it never overflows.  ∂/∂a = σ(a).
    /// Cross-entropy from a logit z is softplus(z) − y·z, which is how the network's loss is built.
    /// </summary>
    public Value Softplus()
    {
        var a = this;
        return Make(Math.Max(a.Data, 0) + Math.Log(1 + Math.Exp(-Math.Abs(a.Data))), "softplus", [a], o =>
            a.Grad += Logits.Sigmoid(a.Data) * o.Grad);
    }

    // The rest are made from the operations above, so they need no rules of their own.

    /// <summary>−a = a · (−1).</summary>
    public static Value operator -(Value a) => a * -1;

    /// <summary>a − b = a + (−b).</summary>
    public static Value operator -(Value a, Value b) => a + (-b);

    /// <summary>a / b = a · b⁻¹. Refused when b is 0.</summary>
    public static Value operator /(Value a, Value b)
    {
        if (b.Data == 0)
            throw new DivideByZeroException($"Division of {Describe(a)} by a Value that is 0{Named(b.Label)}: the result and its gradient are not numbers.");
        return a * b.Pow(-1);
    }

    /// <summary>A plain number becomes a constant leaf, so <c>w * 3 + 1</c> reads as it does on paper.</summary>
    public static implicit operator Value(double constant) => new(constant);
}
