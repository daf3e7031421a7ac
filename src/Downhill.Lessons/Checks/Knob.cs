using System.Globalization;
using System.Runtime.CompilerServices;

namespace Downhill;

/// <summary>
/// The knobs of a lesson's parameters cell, checked. A student may type anything there (0, -1, NaN, 1e6 …):
/// a value that cannot work is replaced by a sensible stand-in and one sentence says so, so every cell below
/// still runs and every chart still draws. One line per knob keeps the student's own name:
/// <c>alpha = Knob.Rate(alpha, fallback: 0.1);</c> prints "alpha = -1 cannot be used: … Using alpha = 0.1
/// instead." when α is −1 (the name is read from the argument, so it is always the one the student typed).
/// A value too large for a count is capped at the most the lesson allows, and a number off a drawn range is moved to
/// its nearer end, each with its sentence. Only a stand-in that could not work itself throws, because that is the notebook's bug.
/// </summary>
public static class Knob
{
    /// <summary>A learning rate: positive and finite.</summary>
    /// <param name="value">What the student typed.</param>
    /// <param name="fallback">The stand-in used when <paramref name="value"/> cannot work.</param>
    /// <param name="name">The knob's name as the student sees it; filled in from the argument.</param>
    public static double Rate(double value, double fallback, [CallerArgumentExpression(nameof(value))] string name = "") =>
        Rate(name, value, fallback, Console.Out);

    /// <summary>Any positive, finite number (a Huber δ, a width).</summary>
    public static double Positive(double value, double fallback, [CallerArgumentExpression(nameof(value))] string name = "") =>
        Positive(name, value, fallback, Console.Out);

    /// <summary>Any finite number (a start point, a guess).</summary>
    public static double Number(double value, double fallback, [CallerArgumentExpression(nameof(value))] string name = "") =>
        Number(name, value, fallback, Console.Out);

    /// <summary>A momentum factor β: at least 0 and below 1.</summary>
    public static double Momentum(double value, double fallback, [CallerArgumentExpression(nameof(value))] string name = "") =>
        Momentum(name, value, fallback, Console.Out);

    /// <summary>
    /// A finite number from <paramref name="least"/> to <paramref name="most"/> (a start on a drawn curve, a price):
    /// a value outside is moved to the nearer end, with one sentence; NaN or ±∞ gets the stand-in.
    /// </summary>
    public static double Within(double value, double fallback, double least, double most, [CallerArgumentExpression(nameof(value))] string name = "") =>
        Within(name, value, fallback, least, most, Console.Out);

    /// <summary>
    /// Any finite number but <paramref name="from"/> (a start that is the bottom itself, where no run moves): that one value
    /// gets the stand-in, with one sentence giving <paramref name="reason"/>.
    /// </summary>
    public static double Away(double value, double from, double fallback, string reason, [CallerArgumentExpression(nameof(value))] string name = "") =>
        Away(name, value, from, fallback, reason, Console.Out);

    /// <summary>A seed for the random numbers: any whole number from 0 up (a negative one is used without its sign, with one sentence).</summary>
    public static int Seed(int value, [CallerArgumentExpression(nameof(value))] string name = "") =>
        Seed(name, value, Console.Out);

    /// <summary>
    /// A whole number from <paramref name="least"/> to <paramref name="most"/> (steps, epochs, a batch size): one below
    /// <paramref name="least"/> gets the stand-in, one above <paramref name="most"/> is capped at <paramref name="most"/>
    /// (so a huge step count runs as many steps as the lesson can show quickly), each with one sentence.
    /// </summary>
    public static int Count(int value, int fallback, int least, int most, [CallerArgumentExpression(nameof(value))] string name = "") =>
        Count(name, value, fallback, least, most, Console.Out);

    internal static double Rate(string name, double value, double fallback, TextWriter say) =>
        Checked(name, value, fallback, v => double.IsFinite(v) && v > 0,
            "a learning rate must be a positive, finite number (0 never moves; a negative one walks uphill)", say);

    internal static double Positive(string name, double value, double fallback, TextWriter say) =>
        Checked(name, value, fallback, v => double.IsFinite(v) && v > 0, "it must be a positive, finite number", say);

    internal static double Number(string name, double value, double fallback, TextWriter say) =>
        Checked(name, value, fallback, double.IsFinite, "it must be a finite number", say);

    internal static double Momentum(string name, double value, double fallback, TextWriter say) =>
        Checked(name, value, fallback, v => double.IsFinite(v) && v >= 0 && v < 1,
            "a momentum factor must be at least 0 and below 1", say);

    internal static int Count(string name, int value, int fallback, int least, int most, TextWriter say)
    {
        if (least > most)
            throw new ArgumentException($"The knob {name} needs a range whose least value is not above its most; got {least} to {most}.");
        var rule = $"it must be between {least} and {most} for this lesson to show anything (and finish quickly)";
        Func<int, bool> usable = v => v >= least && v <= most;
        Checked(name, fallback, fallback, usable, rule, TextWriter.Null, Whole); // the name and the stand-in are the notebook's
        if (value > most)
        {
            say.WriteLine($"{name} = {Whole(value)} is more than this lesson can run quickly: {rule}. Using {name} = {Whole(most)}, the most, instead.");
            return most;
        }
        return Checked(name, value, fallback, usable, rule, say, Whole);
    }

    internal static double Within(string name, double value, double fallback, double least, double most, TextWriter say)
    {
        if (!(least < most) || !double.IsFinite(least) || !double.IsFinite(most))
            throw new ArgumentException($"The knob {name} needs a finite range whose least value is below its most; got {Guard.Show(least)} to {Guard.Show(most)}.");
        var rule = $"it must be a number from {Guard.Show(least)} to {Guard.Show(most)}";
        Func<double, bool> usable = v => double.IsFinite(v) && v >= least && v <= most;
        Checked(name, fallback, fallback, usable, rule, TextWriter.Null, Guard.Show);
        if (double.IsFinite(value) && !usable(value))
        {
            var nearer = value < least ? least : most;
            say.WriteLine($"{name} = {Guard.Show(value)} is outside what this lesson draws: {rule}. Using {name} = {Guard.Show(nearer)}, the nearer end, instead.");
            return nearer;
        }
        return Checked(name, value, fallback, usable, rule, say, Guard.Show);
    }

    internal static double Away(string name, double value, double from, double fallback, string reason, TextWriter say) =>
        Checked(name, value, fallback, v => double.IsFinite(v) && v != from, $"{Guard.Show(from)} is {reason}", say);

    internal static int Seed(string name, int value, TextWriter say)
    {
        const string rule = "a seed must be a whole number from 0 up";
        Checked(name, 0, 0, v => v >= 0, rule, TextWriter.Null, Whole);
        if (value >= 0) return value;
        var used = value == int.MinValue ? int.MaxValue : -value;
        say.WriteLine($"{name} = {Whole(value)} cannot be used: {rule}. Using {name} = {Whole(used)} instead.");
        return used;
    }

    private static string Whole(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static double Checked(string name, double value, double fallback, Func<double, bool> usable, string rule, TextWriter say) =>
        Checked(name, value, fallback, usable, rule, say, Guard.Show);

    private static T Checked<T>(string name, T value, T fallback, Func<T, bool> usable, string rule, TextWriter say, Func<T, string> show)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new ArgumentException("A knob needs a name, as the student sees it in the parameters cell.");
        if (!usable(fallback))
            throw new ArgumentException($"The stand-in for {name} must itself be usable ({rule}); got {show(fallback)}.");
        if (usable(value)) return value;
        say.WriteLine($"{name} = {show(value)} cannot be used: {rule}. Using {name} = {show(fallback)} instead.");
        return fallback;
    }
}
