using MathNet.Numerics.LinearAlgebra;

namespace Downhill;

/// <summary>
/// The bowl with known curvature: Q(w) = ½ wᵀAw − bᵀw + c for a symmetric matrix A. Its Hessian is A
/// everywhere, so the largest eigenvalue L of A decides the largest stable step of gradient descent
/// (α &lt; 2/L). <see cref="Landscape.Quadratic(double[])"/> builds the common Σ aᵢwᵢ² form, e.g. 0.1x² + 2y².
/// </summary>
public sealed class Quadratic : Landscape
{
    private readonly double[,] _a;
    private readonly double[] _b;
    private readonly double[]? _minimum;
    private readonly string[]? _coordinateNames;

    /// <summary>
    /// Q(w) = ½ wᵀAw − bᵀw + c. <paramref name="a"/> must be square and symmetric (to 1e-12, relative); <paramref name="b"/>
    /// (zero when omitted) must have one entry per row of A. The constant c moves every height and no step: it is
    /// there so a loss written as a quadratic (a mean squared error, c = mean of y²) shows its true, never negative, values.
    /// </summary>
    public Quadratic(double[,] a, double[]? b = null, string name = "Quadratic", string? formula = null,
        IReadOnlyList<(double Min, double Max)>? plotRange = null, double constant = 0,
        IReadOnlyList<string>? coordinateNames = null)
    {
        Guard.SquareMatrix(a, "the quadratic's matrix A");
        var n = a.GetLength(0);
        // Sums built in a different order can differ in the last bits, so "symmetric" allows a relative 1e-12
        // and the average of the two entries is kept: A is then exactly symmetric, as its eigenvalues assume.
        _a = (double[,])a.Clone();
        for (var i = 0; i < n; i++)
        for (var j = i + 1; j < n; j++)
        {
            var scale = Math.Max(1, Math.Max(Math.Abs(a[i, j]), Math.Abs(a[j, i])));
            if (Math.Abs(a[i, j] - a[j, i]) > 1e-12 * scale)
                throw new ArgumentException(
                    $"the quadratic's matrix A must be symmetric; A[{i},{j}] = {Guard.Show(a[i, j])} but A[{j},{i}] = {Guard.Show(a[j, i])}.");
            _a[i, j] = _a[j, i] = (a[i, j] + a[j, i]) / 2;
        }
        if (b is not null)
        {
            Guard.FiniteVector(b, "the quadratic's vector b");
            Guard.Length(b, n, "the quadratic's vector b");
        }
        _b = b is null ? new double[n] : (double[])b.Clone();
        if (!double.IsFinite(constant))
            throw new ArgumentException($"the quadratic's constant c must be a finite number; got {Guard.Show(constant)}.");
        Constant = constant;
        if (coordinateNames is not null)
        {
            Guard.Length(coordinateNames.ToArray(), n, "the quadratic's coordinate names");
            _coordinateNames = coordinateNames.ToArray();
        }
        Name = string.IsNullOrWhiteSpace(name) ? "Quadratic" : name;

        var evd = Matrix<double>.Build.DenseOfArray(_a).Evd(Symmetricity.Symmetric);
        Eigenvalues = evd.EigenValues.Select(e => e.Real).OrderBy(e => e).ToArray();
        if (Eigenvalues[0] > 0)
            _minimum = Matrix<double>.Build.DenseOfArray(_a).Solve(Vector<double>.Build.DenseOfArray(_b)).ToArray();
        Formula = formula ?? (constant == 0 ? "½ wᵀAw − bᵀw" : "½ wᵀAw − bᵀw + c");
        PlotRange = plotRange ?? DefaultRange(_minimum ?? new double[n]);
    }

    /// <summary>
    /// Σ aᵢwᵢ², the axis-aligned bowl, with a name for legends: the Hessian is diag(2a₁, 2a₂, …). Students reach it
    /// through <see cref="Landscape.Quadratic(double[])"/> and the catalogue's bowls and saddle.
    /// </summary>
    internal static Quadratic Diagonal(double[] coefficients, string name,
        IReadOnlyList<(double Min, double Max)>? plotRange = null)
    {
        Guard.FiniteVector(coefficients, "the quadratic's coefficients");
        var n = coefficients.Length;
        var a = new double[n, n];
        for (var i = 0; i < n; i++) a[i, i] = 2 * coefficients[i];
        return new Quadratic(a, null, name, DiagonalFormula(coefficients), plotRange);
    }

    /// <inheritdoc />
    public override string Name { get; }

    /// <inheritdoc />
    public override int Dimensions => _b.Length;

    /// <inheritdoc />
    public override string Formula { get; }

    /// <inheritdoc />
    public override IReadOnlyList<string> CoordinateNames => _coordinateNames ?? base.CoordinateNames;

    /// <summary>The constant c: the height at w = 0 (0 unless given).</summary>
    public double Constant { get; }

    /// <summary>The matrix A (a copy): the Hessian at every point.</summary>
    public double[,] A => (double[,])_a.Clone();

    /// <summary>The vector b (a copy).</summary>
    public double[] B => (double[])_b.Clone();

    /// <summary>The eigenvalues of A from smallest to largest: the curvatures along the principal axes.</summary>
    public IReadOnlyList<double> Eigenvalues { get; }

    /// <summary>L, the largest eigenvalue of A: the steepest curvature.</summary>
    public double LargestCurvature => Eigenvalues[^1];

    /// <summary>The minimum A⁻¹b, or null when A is not positive definite (a saddle or a trough has none).</summary>
    public double[]? Minimum => _minimum is null ? null : (double[])_minimum.Clone();

    /// <inheritdoc />
    public override double Value(double[] point)
    {
        CheckPoint(point);
        var n = point.Length;
        var value = Constant;
        for (var i = 0; i < n; i++)
        {
            var row = 0.0;
            for (var j = 0; j < n; j++) row += _a[i, j] * point[j];
            value += 0.5 * point[i] * row - _b[i] * point[i];
        }
        return value;
    }

    /// <summary>∇Q(w) = Aw − b.</summary>
    public override double[] Gradient(double[] point)
    {
        CheckPoint(point);
        var gradient = new double[point.Length];
        var n = point.Length;
        for (var i = 0; i < n; i++)
        {
            var row = 0.0;
            for (var j = 0; j < n; j++) row += _a[i, j] * point[j];
            gradient[i] = row - _b[i];
        }
        return gradient;
    }

    /// <summary>∇²Q(w) = A, the same at every point.</summary>
    public override double[,]? Hessian(double[] point)
    {
        CheckPoint(point);
        return A;
    }

    /// <inheritdoc />
    public override IReadOnlyList<double[]> KnownMinima => _minimum is null ? [] : [Minimum!];

    /// <summary>True: the curvature is the same everywhere.</summary>
    public override bool HasConstantCurvature => true;

    /// <inheritdoc />
    public override IReadOnlyList<(double Min, double Max)> PlotRange { get; }

    private static IReadOnlyList<(double Min, double Max)> DefaultRange(double[] center) =>
        center.Select(c => (c - 3, c + 3)).ToArray();

    private static string DiagonalFormula(double[] coefficients)
    {
        string Variable(int i) => coefficients.Length switch
        {
            1 => "x",
            2 => i == 0 ? "x" : "y",
            3 => "xyz"[i].ToString(),
            _ => $"w{Subscript(i + 1)}",
        };
        var terms = coefficients
            .Select((c, i) => (c, i))
            .Where(t => t.c != 0)
            .Select(t => (t.c, term: Terms.Product(Math.Abs(t.c), Variable(t.i) + "²")))
            .ToArray();
        if (terms.Length == 0) return "0";
        var text = (terms[0].c < 0 ? "−" : "") + terms[0].term;
        foreach (var (c, term) in terms.Skip(1)) text += (c < 0 ? " − " : " + ") + term;
        return text;
    }

    private static string Subscript(int number) =>
        string.Concat(number.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => "₀₁₂₃₄₅₆₇₈₉"[d - '0']));
}
