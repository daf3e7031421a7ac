namespace Downhill;

public abstract partial class Landscape
{
    /// <summary>1-D: the parabola x² (or a(x − c)²), one minimum, the same curvature everywhere.</summary>
    public static Parabola Parabola(double a = 1, double center = 0) => new(a, center);

    /// <summary>1-D: x⁴ − 3x² + x, a shallow local minimum (x ≈ 1.13) beside a deeper global one (x ≈ −1.30).</summary>
    public static Quartic Quartic() => new();

    /// <summary>1-D: 0.1x² − cos(2x), five valleys between −7 and 7 (for the basin map).</summary>
    public static ManyValleys ManyValleys() => new();

    /// <summary>2-D: the round bowl x² + y² (Hessian 2I).</summary>
    public static Quadratic Bowl() => Downhill.Quadratic.Diagonal([1, 1], "Bowl");

    /// <summary>
    /// 2-D: the ill-conditioned bowl 0.1x² + 2y². Its Hessian is diag(0.2, 4), so L = 4, the largest
    /// stable step is 2/L = 0.5, and the condition number is 20.
    /// </summary>
    public static Quadratic IllConditionedBowl() =>
        Downhill.Quadratic.Diagonal([0.1, 2], "Ill-conditioned bowl", [(-10, 10), (-10, 10)]);

    /// <summary>2-D: Rosenbrock's banana valley (a − x)² + b(y − x²)², minimum at (a, a²).</summary>
    public static Rosenbrock Rosenbrock(double a = 1, double b = 100) => new(a, b);

    /// <summary>2-D: Himmelblau's function, four minima including (3, 2).</summary>
    public static Himmelblau Himmelblau() => new();

    /// <summary>2-D: the saddle x² − y², uphill along x, downhill along y; no minimum.</summary>
    public static Quadratic Saddle() => Downhill.Quadratic.Diagonal([1, -1], "Saddle", [(-2, 2), (-2, 2)]);

    /// <summary>2-D: the monkey saddle x³ − 3xy², flat to second order at the origin; no minimum.</summary>
    public static MonkeySaddle MonkeySaddle() => new();

    /// <summary>Σ aᵢwᵢ² in as many dimensions as coefficients given, e.g. <c>Landscape.Quadratic(0.1, 2)</c>.</summary>
    public static Quadratic Quadratic(params double[] coefficients) => Downhill.Quadratic.Diagonal(coefficients, "Quadratic");

    /// <summary>
    /// 2-D: the mean squared error of the line ŷ = w·x + b on data, as a map over (w, b) — a quadratic bowl whose
    /// bottom is the least-squares line. <paramref name="plotRange"/> defaults to a window around that bottom.
    /// </summary>
    public static LineFit LineFit(double[] x, double[] y, IReadOnlyList<(double Min, double Max)>? plotRange = null, string? name = null) =>
        new(x, y, plotRange, name);

    /// <summary>
    /// A landscape of your own from two functions: Q(w) and its gradient ∇Q(w), worked out by hand. The plot range has
    /// one (min, max) per coordinate and so sets the number of dimensions.
    /// </summary>
    public static CustomLandscape FromFunctions(
        string name, Func<double[], double> value, Func<double[], double[]> gradient,
        IReadOnlyList<(double Min, double Max)> plotRange, string formula = "", IReadOnlyList<double[]>? minima = null,
        IReadOnlyList<string>? coordinateNames = null) =>
        new(name, value, gradient, plotRange, formula, minima, coordinateNames);

    /// <summary>Every ready-made landscape, 1-D curves first (handy for a gallery or a test over all of them).</summary>
    public static IReadOnlyList<Landscape> All() =>
    [
        Parabola(), Quartic(), ManyValleys(),
        Bowl(), IllConditionedBowl(), Rosenbrock(), Himmelblau(), Saddle(), MonkeySaddle(),
    ];

    /// <summary>
    /// <paramref name="landscape"/> with a noisy gradient ∇Q(w) + σ·ε, as SGD measures it from a random mini-batch;
    /// Q(w) stays the true loss. Each call of the gradient draws new noise: one instance per run (see <see cref="NoisyGradient"/>).
    /// </summary>
    /// <param name="landscape">The landscape whose gradient is measured with noise.</param>
    /// <param name="noise">σ, the noise's standard deviation per coordinate (0 for none).</param>
    /// <param name="seed">Decides the noise: the same seed gives the same run.</param>
    public static NoisyGradient WithGradientNoise(Landscape landscape, double noise, int seed) => new(landscape, noise, seed);
}
