namespace Downhill;

// The same network built from the autodiff engine's Values: every weight a leaf, every multiply and add a node.
// Slow (a node per arithmetic operation) and plain to read — the reference the array code is tested against.
public sealed partial class Mlp
{
    /// <summary>Every parameter as a fresh engine leaf holding its current value, labelled with its name ("W1[2,1]").</summary>
    public Value[] ParameterValues() => Parameters.Select((w, k) => new Value(w, parameterNames[k])).ToArray();

    /// <summary>The logit z for one example, built as an engine graph on <paramref name="parameters"/> (from <see cref="ParameterValues"/>).</summary>
    public Value LogitGraph(Value[] parameters, double[] features)
    {
        CheckFeatures(features);
        CheckParameterValues(parameters);
        return LogitGraph(parameters, (ReadOnlySpan<double>)features);
    }

    /// <summary>
    /// The mean loss over <paramref name="data"/> (or its <paramref name="rows"/>) as one engine graph on
    /// <paramref name="parameters"/>: call <see cref="Value.Backward"/> on it and each parameter's
    /// <see cref="Value.Grad"/> is its gradient.
    /// </summary>
    public Value LossGraph(Value[] parameters, Dataset data, IReadOnlyList<int>? rows = null)
    {
        CheckData(data, "data");
        CheckParameterValues(parameters);
        var chosen = rows ?? Enumerable.Range(0, data.Count).ToArray();
        if (chosen.Count == 0) throw new ArgumentException("The loss needs at least one example; got no rows.");
        Value total = 0;
        foreach (var i in chosen)
        {
            if (i < 0 || i >= data.Count) throw new ArgumentException($"Row {i} is not in the data (rows 0 to {data.Count - 1}).");
            total += ExampleLossGraph(parameters, data.Row(i), data.TargetArray[i]);
        }
        return total * (1.0 / chosen.Count);
    }

    /// <summary>The mean loss over <paramref name="data"/> and its gradient, both from the engine: one graph, one Backward().</summary>
    public (double Loss, double[] Gradient) EngineLossAndGradient(Dataset data, IReadOnlyList<int>? rows = null)
    {
        var parameters = ParameterValues();
        var loss = LossGraph(parameters, data, rows);
        loss.Backward();
        return (loss.Data, parameters.Select(p => p.Grad).ToArray());
    }

    private Value LogitGraph(Value[] parameters, ReadOnlySpan<double> x)
    {
        var below = new Value[x.Length];
        for (var i = 0; i < x.Length; i++) below[i] = new Value(x[i], $"x{i + 1}");
        var last = sizes.Length - 1;
        for (var layer = 1; layer <= last; layer++)
        {
            var outputs = new Value[sizes[layer]];
            for (var unit = 0; unit < sizes[layer]; unit++)
            {
                var row = weightStart[layer] + unit * below.Length;
                var sum = parameters[biasStart[layer] + unit];
                for (var i = 0; i < below.Length; i++) sum += parameters[row + i] * below[i];
                outputs[unit] = layer == last ? sum : Activations.Apply(Activation, sum);
            }
            below = outputs;
        }
        return below[0];
    }

    // ℓ = softplus(z) − y·z: binary cross-entropy from the logit, in engine operations.
    private Value ExampleLossGraph(Value[] parameters, ReadOnlySpan<double> x, double y)
    {
        var z = LogitGraph(parameters, x);
        return z.Softplus() - z * y;
    }

    /// <summary>The engine path of the trainer's per-example loss: a fresh graph for the example, Backward(), gradients added in.</summary>
    private double EngineExampleLoss(ReadOnlySpan<double> x, double y, double[]? gradient)
    {
        // A network whose weights blew up is divergence, which the trainer reports; the engine would refuse the overflow.
        if (!double.IsFinite(Forward(x, null, null))) return double.PositiveInfinity;
        var parameters = ParameterValues();
        var loss = ExampleLossGraph(parameters, x, y);
        if (gradient is not null)
        {
            loss.Backward();
            for (var k = 0; k < parameters.Length; k++) gradient[k] += parameters[k].Grad;
        }
        return loss.Data;
    }

    private void CheckParameterValues(Value[] parameters)
    {
        Guard.NotNull(parameters, "the parameter values");
        if (parameters.Length != Parameters.Length)
            throw new ArgumentException($"This {Name} has {Parameters.Length} parameters; got {parameters.Length} Values (make them with ParameterValues()).");
    }
}
