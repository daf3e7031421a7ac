namespace Downhill;

// The gradient over arrays: a forward pass that keeps each layer's weighted sums and outputs, then a backward pass
// that walks the layers in reverse with δ = ∂ℓ/∂(weighted sum). It is the engine's chain rule, done a layer at a time.
public sealed partial class Mlp
{
    private double[][]? scratchOutputs, scratchSums, scratchDeltas;

    /// <summary>
    /// The forward pass: outputs[0] = x; for each layer, sums[ℓ] = W_ℓ·outputs[ℓ−1] + b_ℓ and outputs[ℓ] = f(sums[ℓ])
    /// (the output layer keeps its sum, the logit). Returns the logit. Null arrays mean "use this network's scratch space".
    /// </summary>
    private double Forward(ReadOnlySpan<double> x, double[][]? outputs, double[][]? sums)
    {
        outputs ??= scratchOutputs ??= NewActivations();
        sums ??= scratchSums ??= NewActivations();
        x.CopyTo(outputs[0]);
        var last = sizes.Length - 1;
        for (var layer = 1; layer <= last; layer++)
        {
            var input = outputs[layer - 1];
            for (var unit = 0; unit < sizes[layer]; unit++)
            {
                var row = weightStart[layer] + unit * input.Length;
                var sum = Parameters[biasStart[layer] + unit];
                for (var i = 0; i < input.Length; i++) sum += Parameters[row + i] * input[i];
                sums[layer][unit] = sum;
                outputs[layer][unit] = layer == last ? sum : Activations.Apply(Activation, sum);
            }
        }
        return outputs[last][0];
    }

    /// <summary>One array per layer, sized like the layer.</summary>
    private double[][] NewActivations() => sizes.Select(n => new double[n]).ToArray();

    // ℓ = softplus(z) − y·z;  ∂ℓ/∂z = σ(z) − y.  Then, layer by layer from the top:
    //   ∂ℓ/∂b = δ,  ∂ℓ/∂W[u,i] = δ[u]·a_prev[i],  δ_prev[i] = Σ_u W[u,i]·δ[u] · f′(sum_prev[i]).
    private protected override double ExampleLoss(ReadOnlySpan<double> x, double y, double[]? gradient)
    {
        if (Gradients == GradientPath.Engine) return EngineExampleLoss(x, y, gradient);
        var outputs = scratchOutputs ??= NewActivations();
        var sums = scratchSums ??= NewActivations();
        var z = Forward(x, outputs, sums);
        if (!double.IsFinite(z)) return double.PositiveInfinity;
        if (gradient is not null)
        {
            var deltas = scratchDeltas ??= NewActivations();
            var last = sizes.Length - 1;
            deltas[last][0] = Logits.Sigmoid(z) - y;
            for (var layer = last; layer >= 1; layer--)
            {
                var below = outputs[layer - 1];
                var deltaBelow = deltas[layer - 1];
                Array.Clear(deltaBelow);
                for (var unit = 0; unit < sizes[layer]; unit++)
                {
                    var delta = deltas[layer][unit];
                    var row = weightStart[layer] + unit * below.Length;
                    gradient[biasStart[layer] + unit] += delta;
                    for (var i = 0; i < below.Length; i++)
                    {
                        gradient[row + i] += delta * below[i];
                        deltaBelow[i] += Parameters[row + i] * delta;
                    }
                }
                if (layer > 1)
                    for (var i = 0; i < below.Length; i++)
                        deltaBelow[i] *= Activations.Derivative(Activation, sums[layer - 1][i], below[i]);
            }
        }
        return Softplus(z) - y * z;
    }

    /// <summary>ln(1 + eᶻ) without overflow.</summary>
    private static double Softplus(double z) => Math.Max(z, 0) + Math.Log(1 + Math.Exp(-Math.Abs(z)));
}
