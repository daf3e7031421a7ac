using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Downhill;

/// <summary>
/// w·x and g += s·x, the two inner loops every model spends its time in, a few lanes at a time (SIMD vectors).
/// Each adds in a fixed order, so the same inputs give the same bits on every run.
/// </summary>
internal static class VectorMath
{
    /// <summary>Σ a[i]·b[i] (a and b the same length).</summary>
    // Inlined and without per-element bounds checks: it runs once per example, on a handful of values.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        if (a.Length != b.Length) ThrowLengths();
        ref var ra = ref MemoryMarshal.GetReference(a);
        ref var rb = ref MemoryMarshal.GetReference(b);
        var width = Vector<double>.Count;
        var i = 0;
        var sum = 0.0;
        if (Vector.IsHardwareAccelerated && a.Length >= width)
        {
            var acc = Vector<double>.Zero;
            for (; i <= a.Length - width; i += width)
                acc += Vector.LoadUnsafe(ref ra, (nuint)i) * Vector.LoadUnsafe(ref rb, (nuint)i);
            sum = Vector.Sum(acc);
        }
        for (; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    /// <summary>target[i] += scale·x[i] (target at least as long as x).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AddScaled(Span<double> target, ReadOnlySpan<double> x, double scale)
    {
        if (target.Length < x.Length) ThrowLengths();
        ref var rt = ref MemoryMarshal.GetReference(target);
        ref var rx = ref MemoryMarshal.GetReference(x);
        var width = Vector<double>.Count;
        var i = 0;
        if (Vector.IsHardwareAccelerated && x.Length >= width)
        {
            var vs = new Vector<double>(scale);
            for (; i <= x.Length - width; i += width)
                (Vector.LoadUnsafe(ref rt, (nuint)i) + vs * Vector.LoadUnsafe(ref rx, (nuint)i)).StoreUnsafe(ref rt, (nuint)i);
        }
        for (; i < x.Length; i++) target[i] += scale * x[i];
    }

    private static void ThrowLengths() => throw new ArgumentException("Vector lengths do not match.");
}
