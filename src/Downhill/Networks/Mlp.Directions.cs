namespace Downhill;

public sealed partial class Mlp
{
    /// <summary>
    /// A random direction in parameter space scaled unit by unit as Li et al. (2018) scale filters: draw each entry
    /// from N(0, 1), then rescale each unit's incoming weights to the length of that unit's weights in this network;
    /// bias entries are 0. A step of 1 along it changes every unit by about its own size, so slices of networks with
    /// large and small weights can be compared.
    /// </summary>
    public double[] FilterNormalizedDirection(int seed)
    {
        var random = new Random(seed);
        var direction = new double[Parameters.Length];
        for (var layer = 1; layer < sizes.Length; layer++)
            for (var unit = 0; unit < sizes[layer]; unit++)
            {
                var row = weightStart[layer] + unit * sizes[layer - 1];
                double drawn = 0, own = 0;
                for (var i = 0; i < sizes[layer - 1]; i++)
                {
                    direction[row + i] = Gaussian.Next(random);
                    drawn += direction[row + i] * direction[row + i];
                    own += Parameters[row + i] * Parameters[row + i];
                }
                var scale = drawn == 0 ? 0 : Math.Sqrt(own / drawn);
                for (var i = 0; i < sizes[layer - 1]; i++) direction[row + i] *= scale;
            }
        return direction;
    }

    /// <summary>
    /// The same function with hidden layer <paramref name="layer"/>'s units reordered: unit <c>order[k]</c> becomes unit
    /// k, its incoming weights and bias moving with it and the next layer's weights from it moving to match. Every
    /// prediction is unchanged — a different point in parameter space with exactly the same loss.
    /// </summary>
    public Mlp WithUnitsPermuted(int layer, int[] order)
    {
        if (layer < 1 || layer >= sizes.Length - 1)
            throw new ArgumentException($"This {Name} has hidden layers 1 to {sizes.Length - 2}; got layer {layer}.");
        Guard.NotNull(order, "the order");
        if (order.Length != sizes[layer] || order.Order().Where((u, k) => u != k).Any())
            throw new ArgumentException($"The order must list each of layer {layer}'s units 0 to {sizes[layer] - 1} once; got [{string.Join(", ", order)}].");
        var permuted = Copy();
        var p = permuted.Parameters;
        for (var k = 0; k < order.Length; k++)
        {
            for (var i = 0; i < sizes[layer - 1]; i++) p[WeightIndex(layer, k, i)] = Weight(layer, order[k], i);
            p[BiasIndex(layer, k)] = BiasOf(layer, order[k]);
            for (var u = 0; u < sizes[layer + 1]; u++) p[WeightIndex(layer + 1, u, k)] = Weight(layer + 1, u, order[k]);
        }
        return permuted;
    }
}
