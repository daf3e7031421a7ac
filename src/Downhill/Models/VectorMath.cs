using System.Numerics;
using System.Runtime.InteropServices;

namespace Downhill.Models;

/// <summary>
/// The two inner loops every model spends its time in, written with SIMD vectors so a pass over the
/// data runs at close to memory speed.
/// </summary>
internal static class VectorMath
{
    /// <summary>Σ a[i]·b[i].</summary>
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var i = 0;
        var sum = 0.0;
        if (Vector.IsHardwareAccelerated && a.Length >= Vector<double>.Count)
        {
            var va = MemoryMarshal.Cast<double, Vector<double>>(a);
            var vb = MemoryMarshal.Cast<double, Vector<double>>(b);
            var acc = Vector<double>.Zero;
            for (var k = 0; k < va.Length; k++) acc += va[k] * vb[k];
            sum = Vector.Sum(acc);
            i = va.Length * Vector<double>.Count;
        }
        for (; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    /// <summary>target[i] += scale·x[i].</summary>
    public static void AddScaled(Span<double> target, ReadOnlySpan<double> x, double scale)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && x.Length >= Vector<double>.Count)
        {
            var vt = MemoryMarshal.Cast<double, Vector<double>>(target[..x.Length]);
            var vx = MemoryMarshal.Cast<double, Vector<double>>(x);
            var vs = new Vector<double>(scale);
            for (var k = 0; k < vx.Length; k++) vt[k] += vs * vx[k];
            i = vx.Length * Vector<double>.Count;
        }
        for (; i < x.Length; i++) target[i] += scale * x[i];
    }
}
