namespace Downhill.Landscapes;

/// <summary>
/// A loss landscape: a function Q(w) of a parameter vector w, with its analytic gradient ∇Q(w)
/// (and, where a lesson needs curvature, its Hessian). 1-D curves are landscapes with one dimension.
/// </summary>
public abstract class Landscape
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

    /// <summary>The Hessian ∇²Q(w) where the lesson needs curvature; null when not provided.</summary>
    public virtual double[,]? Hessian(double[] point) => null;

    /// <summary>The known minima (global first); empty when none are known or the landscape is unbounded below.</summary>
    public virtual IReadOnlyList<double[]> KnownMinima => Array.Empty<double[]>();

    /// <summary>The region worth drawing: one (min, max) pair per dimension.</summary>
    public abstract IReadOnlyList<(double Min, double Max)> PlotRange { get; }

    /// <summary>Throws with a sentence a student understands when the point does not fit this landscape.</summary>
    protected void CheckPoint(double[] point)
    {
        ArgumentNullException.ThrowIfNull(point);
        if (point.Length != Dimensions)
            throw new ArgumentException(
                $"{Name} takes a point with {Dimensions} coordinate(s); got {point.Length}.", nameof(point));
    }
}
