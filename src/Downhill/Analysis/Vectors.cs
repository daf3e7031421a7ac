namespace Downhill;

/// <summary>u·v = Σ uᵢvᵢ, the inner product the parameter-space tools measure lengths and angles with.</summary>
internal static class Vectors
{
    public static double Dot(IReadOnlyList<double> u, IReadOnlyList<double> v)
    {
        if (u.Count != v.Count)
            throw new ArgumentException($"a dot product needs two vectors of the same length; got {u.Count} and {v.Count}.");
        var sum = 0.0;
        for (var i = 0; i < u.Count; i++) sum += u[i] * v[i];
        return sum;
    }
}
