using System.Globalization;

namespace Downhill;

/// <summary>Writes coefficients into formula text the way a student writes them ("x²", "0.1x²", "(x − 2)²").</summary>
internal static class Terms
{
    public static string Number(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

    /// <summary>"x²" for 1, "−x²" for −1, "0.1x²" otherwise.</summary>
    public static string Product(double coefficient, string term) => coefficient switch
    {
        1 => term,
        -1 => "−" + term,
        _ => Number(coefficient).Replace("-", "−") + term,
    };

    /// <summary>"− 2" for a center of 2, "+ 2" for −2.</summary>
    public static string Shift(double center) => center > 0 ? $"− {Number(center)}" : $"+ {Number(-center)}";
}
