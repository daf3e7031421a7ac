namespace Downhill;

/// <summary>
/// Numerically stable helpers for logits: the sigmoid, softplus, log-sum-exp and softmax, each written so
/// that logits of ±1000 give correct finite answers (no e^1000 is ever computed).
/// </summary>
public static class Logits
{
    /// <summary>σ(z) = 1/(1 + e^(−z)), evaluated on the side that cannot overflow.</summary>
    public static double Sigmoid(double z)
    {
        Guard.Finite(z, "the logit");
        return UncheckedSigmoid(z);
    }

    /// <summary>σ(z) for an already-checked logit (the losses validate their inputs once per call).</summary>
    internal static double UncheckedSigmoid(double z)
    {
        if (z >= 0) return 1 / (1 + Math.Exp(-z));
        var e = Math.Exp(z);
        return e / (1 + e);
    }

    /// <summary>softplus(z) = log(1 + e^z) = max(z, 0) + log(1 + e^(−|z|)).</summary>
    public static double Softplus(double z) => Math.Max(Guard.Finite(z, "the logit"), 0) + Log1PlusExp(-Math.Abs(z));

    /// <summary>log Σ e^(zₖ), shifted by the largest logit so nothing overflows.</summary>
    public static double LogSumExp(double[] logits)
    {
        Guard.FiniteVector(logits, "the logits");
        return LogSumExp(logits.AsSpan());
    }

    /// <summary>softmax(z)ₖ = e^(zₖ − max z) / Σ e^(zⱼ − max z): probabilities that sum to 1.</summary>
    public static double[] Softmax(double[] logits)
    {
        Guard.FiniteVector(logits, "the logits");
        var probabilities = new double[logits.Length];
        Softmax(logits, probabilities);
        return probabilities;
    }

    internal static double LogSumExp(ReadOnlySpan<double> logits)
    {
        var max = double.NegativeInfinity;
        foreach (var z in logits) max = Math.Max(max, z);
        var sum = 0.0;
        foreach (var z in logits) sum += Math.Exp(z - max);
        return max + Math.Log(sum);
    }

    internal static void Softmax(ReadOnlySpan<double> logits, Span<double> probabilities)
    {
        var max = double.NegativeInfinity;
        foreach (var z in logits) max = Math.Max(max, z);
        var sum = 0.0;
        for (var k = 0; k < logits.Length; k++) sum += probabilities[k] = Math.Exp(logits[k] - max);
        for (var k = 0; k < logits.Length; k++) probabilities[k] /= sum;
    }

    /// <summary>
    /// log(1 + e^x) for x ≤ 0, accurate even when e^x is far below machine epsilon (where 1 + e^x rounds to 1):
    /// the log1p trick log(u)·t/(u − 1) with u = 1 + t recovers the digits the addition lost.
    /// </summary>
    internal static double Log1PlusExp(double x)
    {
        var t = Math.Exp(x);
        var u = 1 + t;
        return u == 1 ? t : Math.Log(u) * t / (u - 1);
    }
}
