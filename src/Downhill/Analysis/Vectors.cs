namespace Downhill;

/// <summary>Small helpers on vectors of numbers.</summary>
internal static class Vectors
{
    /// <summary>u·v = Σ uᵢvᵢ, the inner product the parameter-space tools measure lengths and angles with.</summary>
    public static double Dot(IReadOnlyList<double> u, IReadOnlyList<double> v)
    {
        if (u.Count != v.Count)
            throw new ArgumentException($"a dot product needs two vectors of the same length; got {u.Count} and {v.Count}.");
        var sum = 0.0;
        for (var i = 0; i < u.Count; i++) sum += u[i] * v[i];
        return sum;
    }

    /// <summary>True when no entry is ∞ or NaN: a step or a prediction has not blown up.</summary>
    public static bool AllFinite(ReadOnlySpan<double> values)
    {
        foreach (var v in values)
            if (!double.IsFinite(v)) return false;
        return true;
    }
}
