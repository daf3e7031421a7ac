namespace Downhill;

/// <summary>
/// Looking at a loss over thousands of parameters through low-dimensional windows: along the straight line between
/// two parameter vectors, and over the plane through a point spanned by two directions (Li et al. 2018,
/// "Visualizing the Loss Landscape of Neural Nets"). A window shows the loss exactly on the points it samples and
/// nothing about the directions it leaves out.
/// </summary>
public static class ParameterSpace
{
    /// <summary>The point (1 − t)·a + t·b: t = 0 is a, t = 1 is b, beyond them the line carries on.</summary>
    public static double[] Between(double[] a, double[] b, double t)
    {
        Guard.FiniteVector(a, "the first point");
        Guard.FiniteVector(b, "the second point");
        Guard.SameLength(a, b, "the first point", "the second point");
        return a.Select((x, k) => (1 - t) * x + t * b[k]).ToArray();
    }

    /// <summary>
    /// The loss at <paramref name="count"/> evenly spaced t from <paramref name="from"/> to <paramref name="to"/> on the
    /// line (1 − t)·a + t·b (t = 0 at a, t = 1 at b).
    /// </summary>
    public static (double[] T, double[] Loss) AlongLine(Func<double[], double> loss, double[] a, double[] b, int count = 41,
        double from = 0, double to = 1)
    {
        Guard.NotNull(loss, "the loss function");
        Guard.AtLeast(count, 2, "the number of points");
        Guard.Finite(from, "the first t");
        Guard.Finite(to, "the last t");
        var t = Enumerable.Range(0, count).Select(k => from + (to - from) * k / (count - 1)).ToArray();
        return (t, t.Select(s => loss(Between(a, b, s))).ToArray());
    }

    /// <summary>
    /// The loss on the plane through <paramref name="center"/> spanned by <paramref name="first"/> and
    /// <paramref name="second"/>, as a 2-D landscape over (α, β) ↦ Q(center + α·first + β·second) that the
    /// kit's contour charts draw (its gradient is by central differences).
    /// </summary>
    public static CustomLandscape Slice(Func<double[], double> loss, double[] center, double[] first, double[] second,
        double extent = 1, string name = "loss on a 2-D slice")
    {
        Guard.NotNull(loss, "the loss function");
        Guard.FiniteVector(center, "the centre");
        Guard.FiniteVector(first, "the first direction");
        Guard.FiniteVector(second, "the second direction");
        Guard.SameLength(center, first, "the centre", "the first direction");
        Guard.SameLength(center, second, "the centre", "the second direction");
        Guard.Positive(extent, "the extent of the slice");
        double OnPlane(double[] ab) => loss(center.Select((c, k) => c + ab[0] * first[k] + ab[1] * second[k]).ToArray());
        return Landscape.FromFunctions(name, OnPlane, ab => GradientCheck.Numerical(OnPlane, ab),
            [(-extent, extent), (-extent, extent)], formula: "Q(w* + α·d₁ + β·d₂)", coordinateNames: ["α", "β"]);
    }

    /// <summary>
    /// Where <paramref name="point"/> lands on the plane of a slice: the (α, β) whose centre + α·d₁ + β·d₂ is nearest
    /// to it (least squares). Off the plane the rest of the point is simply not shown — say so under the chart.
    /// </summary>
    public static double[] Project(double[] point, double[] center, double[] first, double[] second)
    {
        Guard.FiniteVector(point, "the point");
        Guard.SameLength(point, center, "the point", "the centre");
        var offset = point.Select((p, k) => p - center[k]).ToArray();
        double a11 = Vectors.Dot(first, first), a12 = Vectors.Dot(first, second), a22 = Vectors.Dot(second, second);
        double r1 = Vectors.Dot(first, offset), r2 = Vectors.Dot(second, offset);
        var det = a11 * a22 - a12 * a12;
        if (!(Math.Abs(det) > 1e-300))
            throw new ArgumentException("the two directions of the slice are parallel (or zero), so they do not span a plane.");
        return [(a22 * r1 - a12 * r2) / det, (a11 * r2 - a12 * r1) / det];
    }

    /// <summary>The share of <paramref name="point"/>'s distance from the centre that lies in the plane (1 = all of it).</summary>
    public static double ShareInPlane(double[] point, double[] center, double[] first, double[] second)
    {
        var ab = Project(point, center, first, second);
        var offset = point.Select((p, k) => p - center[k]).ToArray();
        var inPlane = first.Select((f, k) => ab[0] * f + ab[1] * second[k]).ToArray();
        var total = Math.Sqrt(Vectors.Dot(offset, offset));
        return total == 0 ? 1 : Math.Sqrt(Vectors.Dot(inPlane, inPlane)) / total;
    }
}
