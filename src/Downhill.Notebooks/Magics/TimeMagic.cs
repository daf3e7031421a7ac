using System.Globalization;

namespace Downhill.Notebooks.Magics;

/// <summary><c>#!time</c>: after the cell, writes how long its code took ("Wall time: 12.3 ms") to stdout.</summary>
internal sealed record TimeMagic(int Line) : MagicCommand(Line)
{
    public const string Name = "time";

    public static string Report(TimeSpan elapsed) => elapsed.TotalSeconds < 1
        ? string.Create(CultureInfo.InvariantCulture, $"Wall time: {elapsed.TotalMilliseconds:0.0} ms\n")
        : string.Create(CultureInfo.InvariantCulture, $"Wall time: {elapsed.TotalSeconds:0.00} s\n");
}
