using System.Globalization;

namespace Downhill;

/// <summary>
/// A number as a chart's legend or readout shows it: four significant digits, written out ("13,290", "0.0012") while that
/// stays short, and as a power of ten ("3.6×10⁻⁷") beyond — never the computer's E-notation ("1.329E+04").
/// </summary>
public static class ChartNumber
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>The number in four significant digits, written out or as a power of ten; never in E-notation.</summary>
    public static string Show(double value)
    {
        if (!double.IsFinite(value)) return Guard.Show(value);
        if (value == 0) return "0";
        var rounded = FiniteJson.Rounded(value, 4);
        var size = Math.Abs(rounded);
        if (size >= 1e-4 && size < 1e7) return rounded.ToString("#,0.#########", CultureInfo.InvariantCulture);
        var exponent = (int)Math.Floor(Math.Log10(size));
        var mantissa = Math.Round(rounded / Math.Pow(10, exponent), 3);
        if (Math.Abs(mantissa) >= 10) { mantissa /= 10; exponent++; }
        var power = string.Concat(exponent.ToString(CultureInfo.InvariantCulture).Select(c => c == '-' ? '⁻' : Superscripts[c - '0']));
        return $"{mantissa.ToString("0.###", CultureInfo.InvariantCulture)}×10{power}";
    }
}
