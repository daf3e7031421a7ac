using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Downhill;

/// <summary>
/// The inner loops every model spends its time in, written with SIMD vectors so a pass over the
/// data runs at close to memory speed. Each adds in a fixed order, so results do not depend on how
/// the work is split: <see cref="AddScaledRows"/> gives the same bits as one <see cref="AddScaled"/> per row.
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

    /// <summary>
    /// target[j] += Σ_r scales[r]·rows[r][j] over consecutive rows of target.Length values each, adding row by
    /// row as repeated <see cref="AddScaled"/> calls would (same bits). Four vectors of target at a time stay in
    /// registers through all the rows, instead of each row reloading and storing every running sum.
    /// </summary>
    public static void AddScaledRows(Span<double> target, ReadOnlySpan<double> rows, ReadOnlySpan<double> scales)
    {
        var width = target.Length;
        if (rows.Length != scales.Length * width) ThrowLengths();
        ref var rt = ref MemoryMarshal.GetReference(target);
        ref var rr = ref MemoryMarshal.GetReference(rows);
        var n = Vector<double>.Count;
        var j = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; j <= width - 4 * n; j += 4 * n)
            {
                var a = Vector.LoadUnsafe(ref rt, (nuint)j);
                var b = Vector.LoadUnsafe(ref rt, (nuint)(j + n));
                var c = Vector.LoadUnsafe(ref rt, (nuint)(j + 2 * n));
                var d = Vector.LoadUnsafe(ref rt, (nuint)(j + 3 * n));
                for (var r = 0; r < scales.Length; r++)
                {
                    var s = new Vector<double>(scales[r]);
                    var at = (nuint)(r * width + j);
                    a += s * Vector.LoadUnsafe(ref rr, at);
                    b += s * Vector.LoadUnsafe(ref rr, at + (nuint)n);
                    c += s * Vector.LoadUnsafe(ref rr, at + (nuint)(2 * n));
                    d += s * Vector.LoadUnsafe(ref rr, at + (nuint)(3 * n));
                }
                a.StoreUnsafe(ref rt, (nuint)j);
                b.StoreUnsafe(ref rt, (nuint)(j + n));
                c.StoreUnsafe(ref rt, (nuint)(j + 2 * n));
                d.StoreUnsafe(ref rt, (nuint)(j + 3 * n));
            }
            for (; j <= width - n; j += n)
            {
                var a = Vector.LoadUnsafe(ref rt, (nuint)j);
                for (var r = 0; r < scales.Length; r++)
                    a += new Vector<double>(scales[r]) * Vector.LoadUnsafe(ref rr, (nuint)(r * width + j));
                a.StoreUnsafe(ref rt, (nuint)j);
            }
        }
        for (; j < width; j++)
        {
            var sum = target[j];
            for (var r = 0; r < scales.Length; r++) sum += scales[r] * rows[r * width + j];
            target[j] = sum;
        }
    }

    private static void ThrowLengths() => throw new ArgumentException("Vector lengths do not match.");
}
