namespace Downhill;

/// <summary>
/// A loss landscape: a function Q(w) of a parameter vector w, with its analytic gradient ∇Q(w)
/// (and, where a lesson needs curvature, its Hessian). 1-D curves are landscapes with one dimension.
/// The ready-made ones are listed as static methods, e.g. <c>Landscape.Himmelblau()</c>.
/// </summary>
public abstract partial class Landscape
{
    /// <summary>A short name a student recognises, e.g. "Himmelblau".</summary>
    public abstract string Name { get; }

    /// <summary>How many parameters the landscape takes (1 for a curve, 2 for a surface).</summary>
    public abstract int Dimensions { get; }

    /// <summary>The formula as text, e.g. "0.1x² + 2y²".</summary>
    public abstract string Formula { get; }

    /// <summary>Q(w).</summary>
    public abstract double Value(double[] point);

    /// <summary>∇Q(w), worked out by hand (not by finite differences).</summary>
    public abstract double[] Gradient(double[] point);

    /// <summary>Q(w) of a 1-D curve at the single number <paramref name="w"/>: <c>curve.Value(3.0)</c>.</summary>
    public double Value(double w)
    {
        CheckCurve(nameof(Value));
        return Value([w]);
    }

    /// <summary>The slope dQ/dw of a 1-D curve at <paramref name="w"/>: its gradient, which has one entry.</summary>
    public double Slope(double w)
    {
        CheckCurve(nameof(Slope));
        return Gradient([w])[0];
    }

    private void CheckCurve(string what)
    {
        if (Dimensions != 1)
            throw new ArgumentException($"{what}(w) with one number is for 1-D curves; {Name} has {Dimensions} coordinates, so pass a point: {what}([…]).");
    }

    /// <summary>The Hessian ∇²Q(w) where the lesson needs curvature; null when not provided.</summary>
    public virtual double[,]? Hessian(double[] point) => null;

    /// <summary>
    /// True when the Hessian is the same everywhere (a parabola, a quadratic bowl or saddle), so curvature
    /// facts such as the stable step 2/L hold globally rather than near one point.
    /// </summary>
    public virtual bool HasConstantCurvature => false;

    /// <summary>The known minima (global first); empty when none are known or the landscape is unbounded below.</summary>
    public virtual IReadOnlyList<double[]> KnownMinima => Array.Empty<double[]>();

    /// <summary>The names of the coordinates, for chart axes: x (and y) unless the landscape knows better, e.g. (w, b) for a line fit.</summary>
    public virtual IReadOnlyList<string> CoordinateNames =>
        Dimensions switch { 1 => ["x"], 2 => ["x", "y"], _ => Enumerable.Range(1, Dimensions).Select(i => $"x{i}").ToArray() };

    /// <summary>The region worth drawing: one (min, max) pair per dimension.</summary>
    public abstract IReadOnlyList<(double Min, double Max)> PlotRange { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name}: Q = {Formula}";

    /// <summary>Throws with a sentence a student understands when the point does not fit this landscape.</summary>
    protected void CheckPoint(double[] point)
    {
        if (point is null)
            throw new ArgumentException($"{Name} needs a point; got null.");
        if (point.Length != Dimensions)
            throw new ArgumentException(
                $"{Name} takes a point with {Dimensions} coordinate(s); got {point.Length}.");
        foreach (var coordinate in point)
        {
            if (!double.IsFinite(coordinate)) ThrowNotFinite(point);
        }
    }

    // Kept out of CheckPoint so the check that runs on every evaluation stays small enough to inline.
    private void ThrowNotFinite(double[] point)
    {
        var i = Array.FindIndex(point, c => !double.IsFinite(c));
        throw new ArgumentException($"{Name} needs a point of finite numbers; got {Guard.Show(point[i])} at coordinate {i}.");
    }

    /// <summary>
    /// ∇Q(w), checked to have one entry per coordinate: a landscape of a student's own may return the wrong
    /// length, and a run should say so in a sentence rather than fail somewhere inside an optimizer.
    /// </summary>
    internal double[] CheckedGradient(double[] point)
    {
        var gradient = Gradient(point);
        if (gradient is null || gradient.Length != Dimensions)
            throw new ArgumentException(
                $"{Name}'s Gradient must return one value per coordinate ({Dimensions}); it returned {gradient?.Length.ToString() ?? "null"}.");
        return gradient;
    }

    /// <summary>The same plot range for every dimension.</summary>
    protected static IReadOnlyList<(double Min, double Max)> Square(double min, double max, int dimensions = 2) =>
        Enumerable.Repeat((min, max), dimensions).ToArray();
}
