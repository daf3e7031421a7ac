namespace Downhill.Jupyter.Kernel;

/// <summary>How the kernel runs cells.</summary>
public sealed record KernelOptions
{
    /// <summary>
    /// A cell running longer than this is stopped. In a kernel the student can press interrupt, so the
    /// default is generous: a long training run must not be cut short behind their back.
    /// </summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Folder relative paths resolve against; Jupyter starts kernels in the notebook's folder.</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>Where kernel diagnostics go (dropped messages, handler failures); never the notebook.</summary>
    public TextWriter Log { get; init; } = Console.Error;
}
