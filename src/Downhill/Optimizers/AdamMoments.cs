namespace Downhill;

/// <summary>
/// The running moments and bias-corrected update that Adam and AdamW share, written in PyTorch's
/// order of operations so results match torch.optim to the last bit where the arithmetic allows.
/// </summary>
internal sealed class AdamMoments
{
    private readonly double[] _first;
    private readonly double[] _second;
    private readonly double[]? _maxSecond;

    public AdamMoments(int length, bool amsGrad)
    {
        _first = new double[length];
        _second = new double[length];
        _maxSecond = amsGrad ? new double[length] : null;
    }

    public int Length => _first.Length;

    public int StepCount { get; private set; }

    /// <summary>One Adam update of <paramref name="parameters"/> with gradient g already including any L2 term.</summary>
    public void Update(double[] parameters, double[] gradient, double learningRate, double beta1, double beta2,
        double epsilon, double l2WeightDecay)
    {
        StepCount++;
        var biasCorrection1 = 1 - Math.Pow(beta1, StepCount);
        var biasCorrection2 = 1 - Math.Pow(beta2, StepCount);
        var stepSize = learningRate / biasCorrection1;
        var biasCorrection2Sqrt = Math.Sqrt(biasCorrection2);
        // Locals rather than fields inside the loop: the JIT cannot prove that writing parameters[i]
        // leaves the fields unchanged, and reloading them costs more than the arithmetic at two parameters.
        var first = _first;
        var second = _second;
        var maxSecond = _maxSecond;
        var keepFirst = 1 - beta1;
        var keepSecond = 1 - beta2;
        for (var i = 0; i < parameters.Length; i++)
        {
            var g = l2WeightDecay != 0 ? gradient[i] + l2WeightDecay * parameters[i] : gradient[i];
            // PyTorch updates m with lerp: m + (1 − β₁)(g − m), which is β₁m + (1 − β₁)g.
            var m = first[i] += keepFirst * (g - first[i]);
            var v = second[i] = beta2 * second[i] + keepSecond * g * g;
            if (maxSecond is not null) v = maxSecond[i] = Math.Max(maxSecond[i], v);
            var denominator = Math.Sqrt(v) / biasCorrection2Sqrt + epsilon;
            parameters[i] -= stepSize * m / denominator;
        }
    }
}
