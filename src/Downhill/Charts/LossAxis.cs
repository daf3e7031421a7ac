using System.Globalization;

namespace Downhill;

/// <summary>What the x axis of a loss curve counts.</summary>
public enum LossAxis
{
    /// <summary>Optimizer steps (one per update).</summary>
    Step,

    /// <summary>Passes over the training data.</summary>
    Epoch,

    /// <summary>Wall-clock seconds since training started.</summary>
    Seconds,
}

internal static class LossAxisText
{
    /// <summary>"step", "epoch" or "seconds".</summary>
    public static string Title(this LossAxis axis) => Enum.IsDefined(axis)
        ? axis.ToString().ToLowerInvariant()
        : throw new ArgumentException($"{axis} is not a loss axis; use LossAxis.Step, LossAxis.Epoch or LossAxis.Seconds.");

    public static string Diverged(this LossAxis axis, double at) => axis switch
    {
        LossAxis.Seconds => $"✕ diverged after {at.ToString("0.###", CultureInfo.InvariantCulture)} s",
        _ => $"✕ diverged at {axis.Title()} {at.ToString("0.###", CultureInfo.InvariantCulture)}",
    };
}
